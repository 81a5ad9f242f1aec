import { useNavigate } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { Passkeys } from '../../features/account/components/passkeys.tsx';
import { TotpEnrolment } from '../../features/account/components/totp-enrolment.tsx';

/** Shown instead of the app while two-step sign-in is required and this account has not set it up. */
export function MfaEnrolmentRequiredPage() {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <AuthLayout>
      <Page
        title="Set up two-step sign-in"
        lead="Your organisation requires a second step as well as your password: a code from an authenticator app, or a passkey. Set up either one."
      >
        <section className="stack" aria-labelledby="enrol-app-title">
          <h2 id="enrol-app-title" className="section-title">
            With an authenticator app
          </h2>
          <TotpEnrolment />
        </section>
        <section className="stack" aria-labelledby="enrol-passkey-title">
          <h2 id="enrol-passkey-title" className="section-title">
            Or with a passkey
          </h2>
          <Passkeys />
        </section>
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
