import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';
import { LanguageSwitch } from '../../i18n/language-switch.tsx';
import { NavLink, useLocation } from '../lib/router.tsx';
import { paths } from '../config/paths.ts';
import { PRODUCT_NAME } from '../../components/ui/page.tsx';
import { useOrganisation } from '../lib/organisation.ts';

let firstPageDrawn = false;

/**
 * The frame of the public pages: a skip link, the charity's name (the product's until it is
 * known), the links for its audience,
 * and the page's one <h1>. After a client-side navigation (or when asked, as
 * when the verify page comes back from an answer) the heading takes focus, so
 * screen reader users hear where they have arrived.
 */
export function PublicLayout({
  title,
  lead,
  focusHeading = false,
  audience = 'partner',
  children,
}: {
  title: string;
  /** Whose page: a young carer's own card gets their links, not the partner's; the referral form, the family's. */
  audience?: 'partner' | 'young-carer' | 'family';
  lead?: ReactNode;
  focusHeading?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const organisation = useOrganisation();
  const brand = organisation?.name ?? PRODUCT_NAME;
  useEffect(() => {
    if (firstPageDrawn || focusHeading) heading.current?.focus();
    firstPageDrawn = true;
  }, [pathname, focusHeading]);

  return (
    <>
      <title>{`${title} · ${brand}`}</title>
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__brand">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
            <span>{brand}</span>
          </p>
          <nav aria-label={t('layout.mainNav')} className="site-nav">
            {audience === 'family' ? (
              <>
                <NavLink to={paths.refer.getHref()} end>
                  {t('layout.nav.refer')}
                </NavLink>
                <NavLink to={paths.benefits.getHref()}>{t('layout.nav.benefits')}</NavLink>
              </>
            ) : audience === 'young-carer' ? (
              <>
                <NavLink to={paths.myCard.getHref()} end>
                  {t('layout.nav.myCard')}
                </NavLink>
                <NavLink to={paths.myData.getHref()}>{t('layout.nav.myData')}</NavLink>
                <NavLink to={paths.youSaidWeDid.getHref()}>{t('layout.nav.youSaidWeDid')}</NavLink>
                <NavLink to={paths.benefits.getHref()}>{t('layout.nav.benefits')}</NavLink>
              </>
            ) : (
              <>
                <NavLink to={paths.verify.getHref()} end>
                  {t('layout.nav.verify')}
                </NavLink>
                <NavLink to={paths.benefits.getHref()}>{t('layout.nav.benefits')}</NavLink>
                <NavLink to={paths.partnerGuide.getHref()}>{t('layout.nav.partnerGuide')}</NavLink>
              </>
            )}
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <h1 className="page-title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {lead ? <div className="page-lead">{lead}</div> : null}
        {children}
      </main>
    </>
  );
}
