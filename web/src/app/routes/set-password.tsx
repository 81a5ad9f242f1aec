import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { SetPasswordForm } from '../../features/auth/components/set-password-form.tsx';
import { useLinkToken } from '../../features/auth/link-token.ts';

/** Opened from a one-time link an admin sent: `/set-password#<token>`. */
export function SetPasswordRoute() {
  const link = useLinkToken();
  const navigate = useNavigate();
  const [done, setDone] = useState(false);

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
        {link.state === 'present' ? (
          <SetPasswordForm
            token={link.token}
            onSuccess={() => {
              setDone(true);
              // The link is used up: take it out of the address bar and history.
              navigate(paths.auth.setPassword.getHref(), { replace: true });
            }}
          />
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
