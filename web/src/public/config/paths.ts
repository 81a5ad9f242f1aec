import { PUBLIC_PAGES } from '../../../../api/src/public-pages.ts';

/**
 * Every route of the public app, in one place. The paths themselves come from
 * the API's list (the server serves this app for exactly those), so the two
 * cannot drift apart.
 */
export const paths = {
  verify: {
    path: PUBLIC_PAGES.verify,
    getHref: () => PUBLIC_PAGES.verify,
    /** A partner's own link: opened once on the shop's phone, it remembers the partner. */
    partnerLink: (code: string) => `${PUBLIC_PAGES.verify}?p=${encodeURIComponent(code)}`,
  },
  benefits: { path: PUBLIC_PAGES.benefits, getHref: () => PUBLIC_PAGES.benefits },
  partnerGuide: { path: PUBLIC_PAGES.partnerGuide, getHref: () => PUBLIC_PAGES.partnerGuide },
  myCard: { path: PUBLIC_PAGES.myCard, getHref: () => PUBLIC_PAGES.myCard },
  refer: { path: PUBLIC_PAGES.refer, getHref: () => PUBLIC_PAGES.refer },
  youSaidWeDid: { path: PUBLIC_PAGES.youSaidWeDid, getHref: () => PUBLIC_PAGES.youSaidWeDid },
  /** "What we keep about me": under /my, so the server and the service worker already cover it. */
  myData: { path: `${PUBLIC_PAGES.myCard}/data`, getHref: () => `${PUBLIC_PAGES.myCard}/data` },
} as const;

