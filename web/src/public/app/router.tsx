import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';
import { paths } from '../config/paths.ts';
import { loadPageSections, type PageSections } from '../i18n.ts';
import { trimSlash, useLocation } from '../lib/router.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';
import { VerifyRoute } from './routes/verify.tsx';

/** A page's chunk and its words (t() is synchronous: the sections are in before the page draws). */
const page = (sections: PageSections, load: () => Promise<ComponentType>) =>
  lazy(async () => {
    const [component] = await Promise.all([load(), loadPageSections(sections)]);
    return { default: component };
  });

/**
 * The verify page is in the first download; every other page loads when it
 * is opened (a partner scanning a card never downloads the directory, the
 * partner guide or a young carer's own card, nor the query library they use).
 * The service worker precaches them all, so they still open offline.
 */
const PAGES: Record<string, ComponentType> = {
  [paths.verify.path]: VerifyRoute,
  [paths.benefits.path]: page('benefits', async () => (await import('./routes/benefits.tsx')).BenefitsRoute),
  [paths.partnerGuide.path]: page('partnerGuide', async () => (await import('./routes/partner-guide.tsx')).PartnerGuideRoute),
  [paths.myCard.path]: page('myCard', async () => (await import('./routes/my-card.tsx')).MyCardRoute),
  [paths.myData.path]: page('myData', async () => (await import('./routes/my-data.tsx')).MyDataRoute),
  [paths.refer.path]: page('refer', async () => (await import('./routes/refer.tsx')).ReferRoute),
  [paths.youSaidWeDid.path]: page('youSaidWeDid', async () => (await import('./routes/you-said-we-did.tsx')).YouSaidWeDidRoute),
};

export function PublicRouter() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const Page = PAGES[trimSlash(pathname)] ?? NotFoundRoute;
  return (
    <PageErrorBoundary key={pathname}>
      <Suspense fallback={<p className="visually-hidden" role="status">{t('layout.loading')}</p>}>
        <Page />
      </Suspense>
    </PageErrorBoundary>
  );
}

/** A page that fails to draw (or to load) shows RouteError; another page starts afresh (the boundary is keyed by path). */
class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
