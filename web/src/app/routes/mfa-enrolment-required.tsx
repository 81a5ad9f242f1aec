import { useNavigate } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { Passkeys } from '../../features/account/components/passkeys.tsx';
import { TotpEnrolment } from '../../features/account/components/totp-enrolment.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

/** Shown instead of the app while two-step sign-in is required and this account has not set it up. */
export function MfaEnrolmentRequiredPage() {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <AuthLayout>
      <Page
        title={t('app.mfaRequired.title')}
        lead={t('app.mfaRequired.lead')}
      >
        <section className="stack" aria-labelledby="enrol-app-title">
          <h2 id="enrol-app-title" className="section-title">
            {t('app.mfaRequired.app')}
          </h2>
          <TotpEnrolment />
        </section>
        <section className="stack" aria-labelledby="enrol-passkey-title">
          <h2 id="enrol-passkey-title" className="section-title">
            {t('app.mfaRequired.passkey')}
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
            {t('app.mfaRequired.signOut')}
          </button>
        </div>
      </Page>
    </AuthLayout>
  );
}
