import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoading } from '../../components/ui/loading.tsx';
import { paths } from '../../config/paths.ts';
import { SIGNED_OUT_NOTICE, useSession } from '../../lib/session.ts';
import { AppShell } from '../app-shell.tsx';
import { MfaEnrolmentRequiredPage } from './mfa-enrolment-required.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

/** The signed-in part of the app. Anyone else goes to sign in, and comes back here afterwards. */
export function AppRoot() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.status === 'restoring') return <FullPageLoading label={t('app.root.loading')} />;
  if (session.status === 'signed-out') {
    const comeBackTo = session.notice === SIGNED_OUT_NOTICE ? null : `${location.pathname}${location.search}`;
    return <Navigate to={paths.auth.login.getHref(comeBackTo)} replace />;
  }
  if (session.mfaEnrolmentRequired) return <MfaEnrolmentRequiredPage />;
  return (
    <AppShell user={session.user}>
      <Outlet />
    </AppShell>
  );
}
