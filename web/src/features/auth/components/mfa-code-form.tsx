import { useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useVerifyMfa } from '../api/verify-mfa.ts';

/** Second step of signing in: a code from the authenticator app, or one of the recovery codes. */
export function MfaCodeForm({ mfaToken, onSuccess, onRestart }: { mfaToken: string; onSuccess: () => void; onRestart: () => void }) {
  const verify = useVerifyMfa();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const expired = verify.error && 'code' in verify.error && verify.error.code === 'MFA_CHALLENGE_INVALID';

  return (
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
        verify.mutate({ mfaToken, code: code.trim() }, { onSuccess });
      }}
    >
      {verify.error ? <Alert tone="error" title="Could not sign in">{errorMessage(verify.error)}</Alert> : null}
      <TextField
        label="Code"
        hint="The 6-digit code your authenticator app shows now, or one of your recovery codes."
        error={missing ? 'Enter the code from your app.' : undefined}
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
          <button type="submit" className="button" disabled={verify.isPending}>
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
  );
}
