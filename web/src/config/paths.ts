import type { CardStatus } from '../../../api/src/cards/schemas.ts';
import type { MessageStatus } from '../../../api/src/outbox/schemas.ts';
import type { ReferralStatus } from '../../../api/src/referrals/schemas.ts';

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
  holders: {
    list: {
      path: '/holders',
      getHref: (search: { q?: string; dateOfBirth?: string } = {}) => withSearch('/holders', search),
    },
    new: { path: '/holders/new', getHref: () => '/holders/new' },
    detail: { path: '/holders/:id', getHref: (id: string) => `/holders/${encodeURIComponent(id)}` },
    edit: { path: '/holders/:id/edit', getHref: (id: string) => `/holders/${encodeURIComponent(id)}/edit` },
  },
  cards: {
    list: {
      path: '/cards',
      getHref: (search: { status?: CardStatus; expiringWithinDays?: number } = {}) => withSearch('/cards', search),
    },
    detail: { path: '/cards/:id', getHref: (id: string) => `/cards/${encodeURIComponent(id)}` },
  },
  partners: {
    list: {
      path: '/partners',
      getHref: (search: { q?: string; category?: string } = {}) => withSearch('/partners', search),
    },
    new: { path: '/partners/new', getHref: () => '/partners/new' },
    /** Admin: verify calls counted per partner per day. */
    statistics: {
      path: '/partners/statistics',
      getHref: (search: { from?: string; to?: string; partnerId?: string } = {}) => withSearch('/partners/statistics', search),
    },
    detail: { path: '/partners/:id', getHref: (id: string) => `/partners/${encodeURIComponent(id)}` },
    edit: { path: '/partners/:id/edit', getHref: (id: string) => `/partners/${encodeURIComponent(id)}/edit` },
  },
  /** Messages to young carers (and alerts to staff): sent, waiting, failed, or for staff to pass on. */
  outbox: {
    list: {
      path: '/outbox',
      getHref: (search: { status?: MessageStatus; page?: number } = {}) => withSearch('/outbox', search),
    },
    detail: { path: '/outbox/:id', getHref: (id: string) => `/outbox/${encodeURIComponent(id)}` },
  },
  /** Referrals from the public /refer form, for staff to review. */
  referrals: {
    list: { path: '/referrals', getHref: (search: { status?: ReferralStatus | 'any'; page?: number } = {}) => withSearch('/referrals', search) },
    detail: { path: '/referrals/:id', getHref: (id: string) => `/referrals/${encodeURIComponent(id)}` },
  },
  /** Co-production: questions to young carers, their suggestions, "you said, we did", who would like to take part. */
  consultations: {
    list: { path: '/consultations', getHref: () => '/consultations' },
    coProduction: { path: '/consultations/suggestions', getHref: () => '/consultations/suggestions' },
    detail: { path: '/consultations/:id', getHref: (id: string) => `/consultations/${encodeURIComponent(id)}` },
  },
  /** Cards running out soon, and their renewal reminders. */
  renewals: { path: '/renewals', getHref: (search: { days?: number } = {}) => withSearch('/renewals', search) },
  templates: { path: '/templates', getHref: () => '/templates' },
  branding: { path: '/settings/branding', getHref: () => '/settings/branding' },
  signingKeys: { path: '/keys', getHref: () => '/keys' },
  staff: { path: '/staff', getHref: () => '/staff' },
  /** The signed-in person's two-step sign-in and sessions. */
  account: { path: '/account', getHref: () => '/account' },
  audit: { path: '/audit', getHref: () => '/audit' },
  /** Admin: a register brought in from CSV, step by step. */
  imports: {
    list: { path: '/imports', getHref: () => '/imports' },
    detail: { path: '/imports/:id', getHref: (id: string) => `/imports/${encodeURIComponent(id)}` },
  },
  /** Admin: counts by month for the service and its funders, with CSV and PDF exports. */
  reports: { path: '/reports', getHref: () => '/reports' },
  /** Admin: holders and cards as CSV. */
  exports: { path: '/export', getHref: () => '/export' },
} as const;

function withSearch(path: string, search: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Only same-app paths are followed after sign-in, never another origin. */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return paths.home.getHref();
  return value;
}
