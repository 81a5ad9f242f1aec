import { useNavigate } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { TotpEnrolment } from '../../features/account/components/totp-enrolment.tsx';

/** Shown instead of the app while two-step sign-in is required and this account has not set it up. */
export function MfaEnrolmentRequiredPage() {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <AuthLayout>
      <Page title="Set up two-step sign-in" lead="Your organisation requires a code from an authenticator app as well as your password.">
        <TotpEnrolment />
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate(paths.auth.login.getHref(), { replace: true }) })}
          >
            Sign out
          </button>
        </div>
      </Page>
    </AuthLayout>
  );
}
