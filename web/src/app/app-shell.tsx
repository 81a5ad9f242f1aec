import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import type { StaffUser } from '../../../api/src/staff/schemas.ts';
import { PRODUCT_NAME } from '../components/ui/page.tsx';
import { paths } from '../config/paths.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { roleLabel } from '../features/staff/components/staff-labels.ts';

type NavItem = { to: string; label: string; adminOnly: boolean; end?: boolean };

/** The main navigation. New sections (partners, templates...) are added here. */
const navItems: NavItem[] = [
  { to: paths.home.getHref(), label: 'Home', adminOnly: false, end: true },
  { to: paths.holders.list.getHref(), label: 'Young carers', adminOnly: false },
  { to: paths.referrals.list.getHref(), label: 'Referrals', adminOnly: false },
  { to: paths.consultations.list.getHref(), label: 'Have your say', adminOnly: false },
  { to: paths.cards.list.getHref(), label: 'Cards', adminOnly: false },
  { to: paths.renewals.getHref(), label: 'Renewals', adminOnly: false },
  { to: paths.outbox.list.getHref(), label: 'Outbox', adminOnly: false },
  // Scan statistics (admin) sit under Partners, to keep this list short.
  { to: paths.partners.list.getHref(), label: 'Partners', adminOnly: false },
  { to: paths.templates.getHref(), label: 'Card templates', adminOnly: false },
  { to: paths.staff.getHref(), label: 'Staff', adminOnly: true },
  { to: paths.reports.getHref(), label: 'Reports', adminOnly: true },
  { to: paths.audit.getHref(), label: 'Audit log', adminOnly: true },
  { to: paths.signingKeys.getHref(), label: 'Signing keys', adminOnly: true },
  { to: paths.branding.getHref(), label: 'Branding', adminOnly: true },
  { to: paths.imports.list.getHref(), label: 'Import', adminOnly: true },
  { to: paths.exports.getHref(), label: 'Export', adminOnly: true },
];

export function AppShell({ user, children }: { user: StaffUser; children: ReactNode }) {
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
        Skip to main content
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
              <span className="visually-hidden">Signed in as </span>
              {user.name}
              <span className="app-header__role">{roleLabel[user.role]}</span>
            </span>
            <Link to={paths.account.getHref()} className="button button--header">
              Your account
            </Link>
            <button
              type="button"
              className="button button--header"
              disabled={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, { onSettled: () => navigate(paths.auth.login.getHref(), { replace: true }) })
              }
            >
              Sign out
            </button>
          </div>
          <nav className="app-nav" aria-label="Main">
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end ?? false} className="app-nav__link">
                    {item.label}
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
        <p>{PRODUCT_NAME} · staff area. Treat everything here as confidential.</p>
      </footer>
    </div>
  );
}
