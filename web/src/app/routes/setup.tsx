import { Link, Navigate, useNavigate } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { FullPageLoading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useSetupStatus } from '../../features/auth/api/get-setup-status.ts';
import { SetupForm } from '../../features/auth/components/setup-form.tsx';
import { useLinkToken } from '../../features/auth/link-token.ts';
import { useSession } from '../../lib/session.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** First run: the person holding the setup link printed by the server becomes the first admin. */
export function SetupRoute() {
  const { t, rich } = useTranslation();
  const session = useSession();
  const setupStatus = useSetupStatus();
  const link = useLinkToken();
  const navigate = useNavigate();

  if (session.status === 'restoring' || setupStatus.isPending) return <FullPageLoading />;
  if (session.status === 'signed-in') return <Navigate to={paths.home.getHref()} replace />;

  if (setupStatus.data?.needed === false) {
    return (
      <AuthLayout>
        <Page title={t('app.setup.doneTitle')}>
          <div className="prose">
            <p>{t('app.setup.done')}</p>
            <p>
              <Link className="button" to={paths.auth.login.getHref()}>
                {t('app.setPassword.signIn')}
              </Link>
            </p>
          </div>
        </Page>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <Page title={t('app.setup.title')} lead={t('app.setup.lead')}>
        {link.state === 'present' ? (
          <SetupForm token={link.token} onSuccess={() => navigate(paths.home.getHref(), { replace: true })} />
        ) : (
          <Alert tone="error" title={link.state === 'missing' ? t('app.setup.missing') : t('app.setup.incomplete')}>
            <p>
              {rich('app.setup.openLink')}
            </p>
          </Alert>
        )}
      </Page>
    </AuthLayout>
  );
}
