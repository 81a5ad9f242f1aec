import { backgroundWorkAllowed } from '../lib/background-work.ts';

/**
 * Registers the public app's service worker (built by vite-plugin-pwa into
 * /public/sw.js) with scope "/", which the API allows with
 * `Service-Worker-Allowed: /`. Its navigation fallback answers the public
 * pages only, so staff pages on the same origin still come from the network.
 * Production builds only: `npm run dev` serves no worker. Registered once the
 * page's first answer is drawn: the worker then downloads the whole app.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: '/', updateViaCache: 'none' })
      .catch(() => {
        // No worker (private browsing, storage full): the pages still work online.
      });
  void backgroundWorkAllowed().then(register);
}
