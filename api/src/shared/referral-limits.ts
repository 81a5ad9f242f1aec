/**
 * Limits of the public referral form, shared by the API's schemas and the
 * public app's form (plain constants, so the page does not pull in the
 * schema library).
 */

export const REFERRAL_NAME_MAX = 60;
export const REFERRAL_TEXT_MAX = 100;
/** A photo sent with a referral, before re-encoding (staff uploads may be larger). */
export const REFERRAL_PHOTO_MAX_BYTES = 4 * 1024 * 1024;
/** Below this age a young carer fills the form in with an adult. */
export const REFERRAL_MIN_AGE_ALONE = 13;
