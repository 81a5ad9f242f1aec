import { useId, useState } from 'react';
import type { MfaRequiredResponse } from '../../../../../api/src/auth/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
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
  const { t } = useTranslation();
  const codeId = useId();
  const verify = useVerifyMfa();
  const passkey = usePasskeySignIn();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const expired = isExpired(verify.error) || isExpired(passkey.error);
  const hasApp = methods.includes('totp');
  const hasPasskey = methods.includes('passkey');
  /** Counts refused attempts: each one moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  // A code left out, or one the API refused: beside the field and in the summary. An expired challenge is the alert's to say.
  const codeError = missing
    ? hasApp
      ? t('auth.mfa.codeMissingApp')
      : t('auth.mfa.codeMissingRecovery')
    : verify.error && !expired
      ? errorMessage(verify.error)
      : undefined;

  return (
    <div className="stack">
      {passkey.error ? <Alert tone="error" title={t('auth.mfa.passkeyFailed')}>{passkeyErrorMessage(passkey.error)}</Alert> : null}
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
            {passkey.isPending ? t('auth.mfa.passkeyPending') : t('auth.mfa.usePasskey')}
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
            setFailedAttempts((n) => n + 1);
            return;
          }
          setMissing(false);
          passkey.reset();
          verify.mutate({ mfaToken, code: code.trim() }, { onSuccess });
        }}
      >
        <ErrorSummary items={codeError ? [{ message: codeError, fieldId: codeId }] : []} focusKey={failedAttempts} refusal={verify.error} />
        {isExpired(verify.error) ? (
          <Alert tone="error" title={t('auth.login.failed')}>
            {errorMessage(verify.error)}
          </Alert>
        ) : null}
        <TextField
          id={codeId}
          label={hasPasskey ? t('auth.mfa.orCode') : t('auth.mfa.code')}
          hint={hasApp ? t('auth.mfa.codeHintApp') : t('auth.mfa.codeHintRecovery')}
          error={codeError}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={40}
        />
        <div className="button-row">
          {expired ? (
            <button type="button" className="button" onClick={onRestart}>
              {t('auth.mfa.startAgain')}
            </button>
          ) : (
            <button type="submit" className={hasPasskey ? 'button button--secondary' : 'button'} disabled={verify.isPending}>
              {verify.isPending ? t('auth.mfa.pending') : t('auth.mfa.submit')}
            </button>
          )}
          {expired ? null : (
            <button type="button" className="button button--secondary" onClick={onRestart}>
              {t('ui.cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
