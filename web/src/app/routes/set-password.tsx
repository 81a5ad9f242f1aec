import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { SetPasswordForm } from '../../features/auth/components/set-password-form.tsx';
import { useLinkToken } from '../../features/auth/link-token.ts';
import { usePasswordLink } from '../../features/auth/api/check-password-link.ts';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** Opened from a one-time link an admin sent: `/set-password#<token>`. */
export function SetPasswordRoute() {
  const { t, rich } = useTranslation();
  const link = useLinkToken();
  const navigate = useNavigate();
  const [done, setDone] = useState(false);
  // Checked as the page opens, so a used, expired or disabled-account link is refused before a password is typed.
  const check = usePasswordLink(link.state === 'present' && !done ? link.token : null);

  // A fresh link opened in the same tab shows the form again.
  if (done && link.state !== 'present') {
    return (
      <AuthLayout>
        <Page title={t('app.setPassword.doneTitle')}>
          <div className="prose">
            <Alert tone="success">{t('app.setPassword.done')}</Alert>
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
      <Page title={t('app.setPassword.title')}>
        {link.state === 'present' && check.status === 'pending' ? (
          <Loading label={t('app.setPassword.checking')} />
        ) : link.state === 'present' && check.status === 'refused' ? (
          <LinkRefused error={check.error} />
        ) : link.state === 'present' && check.status === 'ok' ? (
          <>
            <p className="section-lead">
              {rich('app.setPassword.for', { name: check.link.name, email: check.link.email })}
            </p>
            <SetPasswordForm
              token={link.token}
              onSuccess={() => {
                setDone(true);
                // The link is used up: take it out of the address bar and history.
                navigate(paths.auth.setPassword.getHref(), { replace: true });
              }}
            />
          </>
        ) : (
          <Alert tone="error" title={link.state === 'missing' ? t('app.setPassword.missing') : t('app.setPassword.incomplete')}>
            <p>
              {rich('app.setPassword.openLink')}
            </p>
          </Alert>
        )}
      </Page>
    </AuthLayout>
  );
}

/** A link the API refused on opening: the reason in a sentence, and what to do. */
function LinkRefused({ error }: { error: Error }) {
  const { t, rich } = useTranslation();
  const code = error instanceof ApiError ? error.code : undefined;
  const title =
    code === 'ACCOUNT_DISABLED'
      ? t('app.setPassword.disabled')
      : code === 'INVALID_LINK'
        ? t('app.setPassword.invalid')
        : t('app.setPassword.checkFailed');
  return (
    <Alert tone="error" title={title}>
      <p>{errorMessage(error)}</p>
      {code === 'INVALID_LINK' ? (
        <p>
          {rich('app.setPassword.alreadySet', { link: (parts) => <Link to={paths.auth.login.getHref()}>{parts}</Link> })}
        </p>
      ) : null}
    </Alert>
  );
}
