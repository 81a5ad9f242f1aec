import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { FullPageLoading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { safeRedirectPath } from '../../config/paths.ts';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { SetupNeededNote } from '../../features/auth/components/setup-needed-note.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';
import { SIGNED_OUT_NOTICE, useSession } from '../../lib/session.ts';

export function LoginRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirectPath(searchParams.get('redirectTo'));

  if (session.status === 'restoring') return <FullPageLoading />;
  if (session.status === 'signed-in') return <Navigate to={redirectTo} replace />;

  return (
    <AuthLayout>
      <Page title={t('auth.login.title')} lead={t('auth.login.lead')}>
        {session.notice ? (
          <Alert tone={session.notice === SIGNED_OUT_NOTICE ? 'success' : 'warning'}>{t(session.notice)}</Alert>
        ) : null}
        <SetupNeededNote />
        <LoginForm onSuccess={() => navigate(redirectTo, { replace: true })} />
      </Page>
    </AuthLayout>
  );
}
