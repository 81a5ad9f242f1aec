import { useId, useState } from 'react';
import type { TotpSetupResponse } from '../../../../../api/src/auth/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useQrCode } from '../../../hooks/use-qr-code.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { markMfaEnrolled, useConfirmTotp } from '../api/confirm-totp.ts';
import { useSetUpTotp } from '../api/set-up-totp.ts';
import { RecoveryCodes } from './recovery-codes.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';

/**
 * Setting up an authenticator app: a QR code (and the same secret as text),
 * one code to confirm, then the ten recovery codes, shown this once.
 */
export function TotpEnrolment({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const setUp = useSetUpTotp();
  const confirm = useConfirmTotp();
  const [setup, setSetup] = useState<TotpSetupResponse | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  /** Counts failed submits: each one moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const codeId = useId();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const qr = useQrCode(setup?.uri ?? null);

  if (recoveryCodes) {
    return (
      <div className="stack">
        <Alert tone="success" title={t('account.totp.onTitle')}>
          {t('account.totp.onText')}
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
        {setUp.error ? <Alert tone="error" title={t('account.totp.startFailed')}>{errorMessage(setUp.error)}</Alert> : null}
        <p>{t('account.totp.need')}</p>
        <div className="button-row">
          <button type="button" className="button" disabled={setUp.isPending} onClick={() => setUp.mutate(undefined, { onSuccess: setSetup })}>
            {setUp.isPending ? t('account.totp.starting') : t('account.totp.start')}
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
          setCodeError(t('account.totp.codeRequired'));
          setFailedAttempts((n) => n + 1);
          return;
        }
        setCodeError(undefined);
        confirm.mutate({ code: code.trim() }, { onSuccess: (answer) => setRecoveryCodes(answer.recoveryCodes) });
      }}
    >
      <ErrorSummary items={codeError ? [{ message: codeError, fieldId: codeId }] : []} focusKey={failedAttempts} />
      {confirm.error ? <Alert tone="error" title={t('account.totp.notOn')}>{errorMessage(confirm.error)}</Alert> : null}
      <p>{t('account.totp.step1')}</p>
      {qr ? <img className="totp-qr" src={qr} alt={t('account.totp.qrAlt')} width={200} height={200} /> : null}
      <p>{t('account.totp.key')}</p>
      <p>
        <code className="totp-secret" data-testid="totp-secret">
          {setup.secret}
        </code>
      </p>
      <p>{t('account.totp.step2')}</p>
      <TextField
        id={codeId}
        label={t('account.totp.codeLabel')}
        error={codeError}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={confirm.isPending}>
          {confirm.isPending ? t('account.totp.checking') : t('account.totp.turnOn')}
        </button>
      </div>
    </form>
  );
}
