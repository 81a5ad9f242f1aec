/**
 * Every route path of the web app, in one place. Components link with
 * `getHref()`; the router registers `path`.
 */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  auth: {
    login: {
      path: '/login',
      getHref: (redirectTo?: string | null) =>
        redirectTo && redirectTo !== '/' ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login',
    },
    setup: { path: '/setup', getHref: () => '/setup' },
    setPassword: { path: '/set-password', getHref: () => '/set-password' },
  },
  staff: { path: '/staff', getHref: () => '/staff' },
  audit: { path: '/audit', getHref: () => '/audit' },
} as const;

/** Only same-app paths are followed after sign-in, never another origin. */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return paths.home.getHref();
  return value;
}
