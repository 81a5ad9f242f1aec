/**
 * Cache Storage names shared by the service worker (vite.public.config.ts,
 * runtime caching) and the pages that read them offline. Neither holds
 * anything about a child: public keys, the status list and the directory.
 */
/** The public keys and the status list an offline check needs. */
export const OFFLINE_CHECK_CACHE = 'yc-offline-check';
/** The last benefits directory fetched. */
export const BENEFITS_CACHE = 'yc-benefits';
/**
 * A young carer's own card (GET /api/my/card and the photo), so it opens
 * with no signal. On their own phone only; emptied when they remove the card
 * from the phone, or when the server says the phone is signed out.
 */
export const MY_CARD_CACHE = 'yc-my-card';
