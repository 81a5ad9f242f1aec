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

/** Opened from a one-time link an admin sent: `/set-password#<token>`. */
export function SetPasswordRoute() {
  const link = useLinkToken();
  const navigate = useNavigate();
  const [done, setDone] = useState(false);
  // Checked as the page opens, so a used, expired or disabled-account link is refused before a password is typed.
  const check = usePasswordLink(link.state === 'present' && !done ? link.token : null);

  // A fresh link opened in the same tab shows the form again.
  if (done && link.state !== 'present') {
    return (
      <AuthLayout>
        <Page title="Password set">
          <div className="prose">
            <Alert tone="success">Your password is set. You can now sign in with your email address and new password.</Alert>
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
      <Page title="Set your password">
        {link.state === 'present' && check.status === 'pending' ? (
          <Loading label="Checking your link…" />
        ) : link.state === 'present' && check.status === 'refused' ? (
          <LinkRefused error={check.error} />
        ) : link.state === 'present' && check.status === 'ok' ? (
          <>
            <p className="section-lead">
              This sets the password for <strong>{check.link.name}</strong> ({check.link.email}). If that is not you, close
              this page and tell the administrator who sent the link.
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
          <Alert tone="error" title={link.state === 'missing' ? 'This page needs your password link' : 'This link is incomplete'}>
            <p>
              Open the link an admin sent you. If you copied it by hand, make sure you copied all of it, including
              everything after the <code>#</code>.
            </p>
          </Alert>
        )}
      </Page>
    </AuthLayout>
  );
}

/** A link the API refused on opening: the reason in a sentence, and what to do. */
function LinkRefused({ error }: { error: Error }) {
  const code = error instanceof ApiError ? error.code : undefined;
  const title = code === 'ACCOUNT_DISABLED' ? 'This account is disabled' : code === 'INVALID_LINK' ? 'This link no longer works' : 'Could not check your link';
  return (
    <Alert tone="error" title={title}>
      <p>{errorMessage(error)}</p>
      {code === 'INVALID_LINK' ? (
        <p>
          If you have already set your password, <Link to={paths.auth.login.getHref()}>sign in</Link> with it.
        </p>
      ) : null}
    </Alert>
  );
}
