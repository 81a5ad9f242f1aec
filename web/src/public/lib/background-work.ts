/**
 * Work a page does for later (registering the service worker, which then
 * downloads the whole app; saving the keys and status list for offline
 * checks) waits until the page has loaded and its first answer is on screen,
 * so on a slow connection it never competes with the verdict for bandwidth.
 */
let holds = 0;
const waiting: (() => void)[] = [];
const loaded = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') resolve();
  else window.addEventListener('load', () => resolve(), { once: true });
});

/** Holds background work back until the returned function is called (once). */
export function holdBackgroundWork(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds === 0) for (const resume of waiting.splice(0)) resume();
  };
}

/** Resolves once the page has loaded and nothing holds background work back. */
export async function backgroundWorkAllowed(): Promise<void> {
  await loaded;
  if (holds > 0) await new Promise<void>((resolve) => waiting.push(resolve));
}
