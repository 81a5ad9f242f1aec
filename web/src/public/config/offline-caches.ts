/**
 * Cache Storage names shared by the service worker (vite.public.config.ts,
 * runtime caching) and the pages that read them offline. Neither holds
 * anything about a child: public keys, the status list and the directory.
 */
/** The public keys and the status list an offline check needs. */
export const OFFLINE_CHECK_CACHE = 'yc-offline-check';
/** The last benefits directory fetched. */
export const BENEFITS_CACHE = 'yc-benefits';
