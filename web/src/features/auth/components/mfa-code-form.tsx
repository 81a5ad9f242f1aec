import { useState } from 'react';
import type { MfaRequiredResponse } from '../../../../../api/src/auth/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { passkeyErrorMessage } from '../../../lib/passkey-errors.ts';
import { usePasskeySignIn } from '../api/passkey-sign-in.ts';
import { useVerifyMfa } from '../api/verify-mfa.ts';

export type MfaMethod = MfaRequiredResponse['methods'][number];

const isExpired = (error: unknown) => error !== null && typeof error === 'object' && 'code' in error && error.code === 'MFA_CHALLENGE_INVALID';

/**
 * Second step of signing in: the account's passkey (when it has one), a code
 * from the authenticator app, or one of the recovery codes.
 */
export function MfaCodeForm({
  mfaToken, methods, onSuccess, onRestart,
}: { mfaToken: string; methods: MfaMethod[]; onSuccess: () => void; onRestart: () => void }) {
  const verify = useVerifyMfa();
  const passkey = usePasskeySignIn();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const expired = isExpired(verify.error) || isExpired(passkey.error);
  const hasApp = methods.includes('totp');
  const hasPasskey = methods.includes('passkey');

  return (
    <div className="stack">
      {passkey.error ? <Alert tone="error" title="Could not sign in with your passkey">{passkeyErrorMessage(passkey.error)}</Alert> : null}
      {hasPasskey && !expired ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={passkey.isPending}
            onClick={() => {
              verify.reset();
              passkey.mutate(mfaToken, { onSuccess });
            }}
          >
            {passkey.isPending ? 'Waiting for your passkey…' : 'Use your passkey'}
          </button>
        </div>
      ) : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (code.trim().length < 6) {
            setMissing(true);
            return;
          }
          setMissing(false);
          passkey.reset();
          verify.mutate({ mfaToken, code: code.trim() }, { onSuccess });
        }}
      >
        {verify.error ? <Alert tone="error" title="Could not sign in">{errorMessage(verify.error)}</Alert> : null}
        <TextField
          label={hasPasskey ? 'Or enter a code' : 'Code'}
          hint={
            hasApp
              ? 'The 6-digit code your authenticator app shows now, or one of your recovery codes.'
              : 'One of your recovery codes, if you do not have your passkey with you.'
          }
          error={missing ? (hasApp ? 'Enter the code from your app.' : 'Enter one of your recovery codes.') : undefined}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={40}
        />
        <div className="button-row">
          {expired ? (
            <button type="button" className="button" onClick={onRestart}>
              Start again
            </button>
          ) : (
            <button type="submit" className={hasPasskey ? 'button button--secondary' : 'button'} disabled={verify.isPending}>
              {verify.isPending ? 'Checking…' : 'Verify'}
            </button>
          )}
          {expired ? null : (
            <button type="button" className="button button--secondary" onClick={onRestart}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
