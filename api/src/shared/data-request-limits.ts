/**
 * Limits on young carers' correction and erasure requests, shared with the
 * public app's form (plain constants, so the page does not pull in the
 * schema library).
 */

/** At most this many open requests per young carer: staff handle them before more can be sent. */
export const MAX_OPEN_DATA_REQUESTS = 3;
/** What a young carer may write, after cleaning. */
export const DATA_REQUEST_TEXT_MAX = 1000;
