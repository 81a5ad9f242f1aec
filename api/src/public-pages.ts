/**
 * The pages of the public web app (web/src/public): the verify page, the
 * benefits directory, the partner guide and a young carer's own card, opened
 * without a staff sign-in. One
 * list for the three places that must agree: the server answers these paths
 * with the public app's HTML (every other page gets the staff app's), the
 * service worker's navigation fallback covers these paths only, and the
 * public app's router draws them. A page added here (a young carer's own
 * card at `/my`, say) is served, cached and routed by adding it once.
 */
export const PUBLIC_PAGES = {
  verify: '/v',
  benefits: '/benefits',
  partnerGuide: '/partners/guide',
  /** A young carer's own card, opened from the link staff send */
  myCard: '/my',
  /** Refer a young carer: the form anyone can fill in, no account needed */
  refer: '/refer',
  /** What young carers asked for and what the service did about it */
  youSaidWeDid: '/you-said-we-did',
} as const;

const PATHS: readonly string[] = Object.values(PUBLIC_PAGES);

/** A public page, or a path below one (`/v/` too); the public app's router answers what it does not know. */
export function isPublicPage(pathname: string): boolean {
  return PATHS.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

/** The same test as regular expressions on path and query, as the service worker's navigateFallbackAllowlist wants. */
export function publicPagePatterns(): RegExp[] {
  return PATHS.map((page) => new RegExp(`^${page.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:[/?]|$)`));
}
