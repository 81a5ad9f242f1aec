import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import type { StaffUser } from '../../../api/src/staff/schemas.ts';
import { PRODUCT_NAME } from '../components/ui/page.tsx';
import { paths } from '../config/paths.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { roleLabel } from '../features/staff/components/staff-labels.ts';
import { LanguageSwitch } from '../i18n/language-switch.tsx';

type NavItem = { to: string; label: NavLabel; adminOnly: boolean; end?: boolean };
type NavLabel = keyof typeof navLabels;

/** The catalogue key of each section's name. */
const navLabels = {
  home: 'shell.nav.home',
  holders: 'shell.nav.holders',
  referrals: 'shell.nav.referrals',
  consultations: 'shell.nav.consultations',
  cards: 'shell.nav.cards',
  renewals: 'shell.nav.renewals',
  outbox: 'shell.nav.outbox',
  partners: 'shell.nav.partners',
  templates: 'shell.nav.templates',
  staff: 'shell.nav.staff',
  reports: 'shell.nav.reports',
  audit: 'shell.nav.audit',
  signingKeys: 'shell.nav.signingKeys',
  branding: 'shell.nav.branding',
  imports: 'shell.nav.imports',
  exports: 'shell.nav.exports',
} as const;

/** The main navigation. New sections (partners, templates...) are added here. */
const navItems: NavItem[] = [
  { to: paths.home.getHref(), label: 'home', adminOnly: false, end: true },
  { to: paths.holders.list.getHref(), label: 'holders', adminOnly: false },
  { to: paths.referrals.list.getHref(), label: 'referrals', adminOnly: false },
  { to: paths.consultations.list.getHref(), label: 'consultations', adminOnly: false },
  { to: paths.cards.list.getHref(), label: 'cards', adminOnly: false },
  { to: paths.renewals.getHref(), label: 'renewals', adminOnly: false },
  { to: paths.outbox.list.getHref(), label: 'outbox', adminOnly: false },
  // Scan statistics (admin) sit under Partners, to keep this list short.
  { to: paths.partners.list.getHref(), label: 'partners', adminOnly: false },
  { to: paths.templates.getHref(), label: 'templates', adminOnly: false },
  { to: paths.staff.getHref(), label: 'staff', adminOnly: true },
  { to: paths.reports.getHref(), label: 'reports', adminOnly: true },
  { to: paths.audit.getHref(), label: 'audit', adminOnly: true },
  { to: paths.signingKeys.getHref(), label: 'signingKeys', adminOnly: true },
  { to: paths.branding.getHref(), label: 'branding', adminOnly: true },
  { to: paths.imports.list.getHref(), label: 'imports', adminOnly: true },
  { to: paths.exports.getHref(), label: 'exports', adminOnly: true },
];

export function AppShell({ user, children }: { user: StaffUser; children: ReactNode }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After moving to another page, put focus on its heading, as a full page load would put it at the top.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    (mainRef.current?.querySelector<HTMLElement>('h1') ?? mainRef.current)?.focus();
  }, [pathname]);

  const items = navItems.filter((item) => !item.adminOnly || user.role === 'admin');

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={paths.home.getHref()} className="brand">
            <span className="brand-mark" aria-hidden="true">
              YC
            </span>
            <span className="brand-name">{PRODUCT_NAME}</span>
          </Link>
          <div className="app-header__user">
            <span className="app-header__name">
              <span className="visually-hidden">{t('shell.signedInAs')}</span>
              {user.name}
              <span className="app-header__role">{roleLabel[user.role]}</span>
            </span>
            <Link to={paths.account.getHref()} className="button button--header">
              {t('shell.yourAccount')}
            </Link>
            <button
              type="button"
              className="button button--header"
              disabled={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, { onSettled: () => navigate(paths.auth.login.getHref(), { replace: true }) })
              }
            >
              {t('shell.signOut')}
            </button>
            <LanguageSwitch className="language-switch language-switch--header" />
          </div>
          <nav className="app-nav" aria-label={t('shell.mainNav')}>
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end ?? false} className="app-nav__link">
                    {t(navLabels[item.label])}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('shell.footer', { product: PRODUCT_NAME })}</p>
      </footer>
    </div>
  );
}
