import { Alert } from '../../components/ui/alert.tsx';
import { Page } from '../../components/ui/page.tsx';
import { ChangePasswordForm } from '../../features/account/components/change-password-form.tsx';
import { MySessions } from '../../features/account/components/my-sessions.tsx';
import { Passkeys } from '../../features/account/components/passkeys.tsx';
import { TotpEnrolment } from '../../features/account/components/totp-enrolment.tsx';
import { useCurrentUser } from '../../lib/session.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** The signed-in person's own sign-in security: their password, second factors (app, passkeys) and where they are signed in. */
export function AccountRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('app.account.title')} lead={`${user.name} · ${user.email}`}>
      <section className="panel" aria-labelledby="password-title">
        <h2 id="password-title" className="section-title">
          {t('app.account.password')}
        </h2>
        <p className="section-lead">{t('app.account.passwordLead')}</p>
        <ChangePasswordForm />
      </section>
      <section className="panel" aria-labelledby="mfa-title">
        <h2 id="mfa-title" className="section-title">
          {t('app.account.app')}
        </h2>
        {user.authenticatorApp ? (
          <Alert tone="success">{t('app.account.appOn')}</Alert>
        ) : (
          <TotpEnrolment />
        )}
      </section>
      <section className="panel" aria-labelledby="passkeys-title">
        <h2 id="passkeys-title" className="section-title">
          {t('app.account.passkeys')}
        </h2>
        <Passkeys />
      </section>
      <section className="panel" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="section-title">
          {t('app.account.sessions')}
        </h2>
        <MySessions />
      </section>
    </Page>
  );
}
