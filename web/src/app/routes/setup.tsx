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

/** First run: the person holding the setup link printed by the server becomes the first admin. */
export function SetupRoute() {
  const session = useSession();
  const setupStatus = useSetupStatus();
  const link = useLinkToken();
  const navigate = useNavigate();

  if (session.status === 'restoring' || setupStatus.isPending) return <FullPageLoading />;
  if (session.status === 'signed-in') return <Navigate to={paths.home.getHref()} replace />;

  if (setupStatus.data?.needed === false) {
    return (
      <AuthLayout>
        <Page title="Setup is already done">
          <div className="prose">
            <p>The first admin account exists, so this setup link no longer works.</p>
            <p>
              <Link className="button" to={paths.auth.login.getHref()}>
                Sign in
              </Link>
            </p>
          </div>
        </Page>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <Page title="Create the first admin account" lead="This account can then add everyone else.">
        {link.state === 'present' ? (
          <SetupForm token={link.token} onSuccess={() => navigate(paths.home.getHref(), { replace: true })} />
        ) : (
          <Alert tone="error" title={link.state === 'missing' ? 'This page needs the setup link' : 'This setup link is incomplete'}>
            <p>
              Open the one-time setup link printed in the server’s console when it started. Copy the whole link,
              including everything after the <code>#</code>.
            </p>
          </Alert>
        )}
      </Page>
    </AuthLayout>
  );
}
