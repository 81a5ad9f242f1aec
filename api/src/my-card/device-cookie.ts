/**
 * A phone signed in to one young carer's own card. The cookie holds a random
 * token; only its hash is stored. It opens the holder's own card and nothing
 * else, lasts DEVICE_SESSION_DAYS, and staff can sign it out.
 */
export const DEVICE_COOKIE = 'yc_device';
/** The cookie goes only to the young carer's own endpoints. */
export const DEVICE_COOKIE_PATH = '/api/my';
