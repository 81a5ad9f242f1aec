import { useState } from 'react';
import type { TotpSetupResponse } from '../../../../../api/src/auth/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useQrCode } from '../../../hooks/use-qr-code.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { markMfaEnrolled, useConfirmTotp } from '../api/confirm-totp.ts';
import { useSetUpTotp } from '../api/set-up-totp.ts';
import { RecoveryCodes } from './recovery-codes.tsx';

/**
 * Setting up an authenticator app: a QR code (and the same secret as text),
 * one code to confirm, then the ten recovery codes, shown this once.
 */
export function TotpEnrolment({ onDone }: { onDone?: () => void }) {
  const setUp = useSetUpTotp();
  const confirm = useConfirmTotp();
  const [setup, setSetup] = useState<TotpSetupResponse | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const qr = useQrCode(setup?.uri ?? null);

  if (recoveryCodes) {
    return (
      <div className="stack">
        <Alert tone="success" title="Two-step sign-in is on">
          From now on you sign in with your password and a code from the app.
        </Alert>
        <RecoveryCodes
          codes={recoveryCodes}
          onSaved={() => {
            markMfaEnrolled();
            onDone?.();
          }}
        />
      </div>
    );
  }

  if (!setup) {
    return (
      <div className="stack">
        {setUp.error ? <Alert tone="error" title="Could not start">{errorMessage(setUp.error)}</Alert> : null}
        <p>You need an authenticator app on your phone, such as Microsoft Authenticator, Google Authenticator or Aegis.</p>
        <div className="button-row">
          <button type="button" className="button" disabled={setUp.isPending} onClick={() => setUp.mutate(undefined, { onSuccess: setSetup })}>
            {setUp.isPending ? 'Starting…' : 'Set up an authenticator app'}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!/^\d{6}$/.test(code.trim())) {
          setCodeError('Enter the 6-digit code the app shows.');
          return;
        }
        setCodeError(undefined);
        confirm.mutate({ code: code.trim() }, { onSuccess: (answer) => setRecoveryCodes(answer.recoveryCodes) });
      }}
    >
      {confirm.error ? <Alert tone="error" title="Not switched on yet">{errorMessage(confirm.error)}</Alert> : null}
      <p>1. In the app, add an account and scan this QR code.</p>
      {qr ? <img className="totp-qr" src={qr} alt="QR code for your authenticator app" width={200} height={200} /> : null}
      <p>Or type this key into the app instead:</p>
      <p>
        <code className="totp-secret" data-testid="totp-secret">
          {setup.secret}
        </code>
      </p>
      <p>2. Enter the 6-digit code the app now shows for Young Carer Cards.</p>
      <TextField
        label="Code from the app"
        error={codeError}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={confirm.isPending}>
          {confirm.isPending ? 'Checking…' : 'Turn on two-step sign-in'}
        </button>
      </div>
    </form>
  );
}
