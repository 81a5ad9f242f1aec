import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * The public app's navigation: the address, links and history, and nothing
 * else. A router library is a quarter of the verify page's download, and
 * these pages need only this (five fixed paths, no loaders, no nesting), so a
 * phone on a poor signal gets its verdict sooner.
 *
 * Each navigation makes a new location object, so effects can tell two
 * navigations to the same address apart (the verify page takes a token from
 * the address once per navigation).
 */
export type PublicLocation = { pathname: string; search: string; hash: string };

let current: PublicLocation = readLocation();
const listeners = new Set<() => void>();

function readLocation(): PublicLocation {
  return { pathname: window.location.pathname, search: window.location.search, hash: window.location.hash };
}

function changed() {
  current = readLocation();
  for (const listener of listeners) listener();
}

// Back, forward, and a new fragment (a card's link opened again in this tab).
window.addEventListener('popstate', changed);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocation(): PublicLocation {
  return useSyncExternalStore(subscribe, () => current);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  changed();
}

export function useNavigate(): typeof navigate {
  return navigate;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link (so a new tab, copying it and the keyboard all work) that changes page without a reload. */
export function Link({ to, onClick, ...props }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || props.target) return;
    event.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
  };
  return <a href={to} onClick={follow} {...props} />;
}

/** A link in the site's navigation: marked as the current page (aria-current) on its page, or below it unless `end`. */
export function NavLink({ end = false, ...props }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const here = trimSlash(pathname);
  const target = trimSlash(props.to);
  const current = here === target || (!end && here.startsWith(`${target}/`));
  return <Link {...props} {...(current ? { 'aria-current': 'page' as const } : {})} />;
}

/** `/v/` is `/v`. */
export function trimSlash(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
}
