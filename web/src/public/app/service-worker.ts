/**
 * Registers the public app's service worker (built by vite-plugin-pwa into
 * /public/sw.js) with scope "/", which the API allows with
 * `Service-Worker-Allowed: /`. Its navigation fallback answers the public
 * pages only, so staff pages on the same origin still come from the network.
 * Production builds only: `npm run dev` serves no worker.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: '/', updateViaCache: 'none' })
      .catch(() => {
        // No worker (private browsing, storage full): the pages still work online.
      });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
