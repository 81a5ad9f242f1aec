import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useId, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { formatDateTime } from '../../../lib/format-date.ts';
import { passkeyErrorMessage } from '../../../lib/passkey-errors.ts';
import { markPasskeyAdded, useAddPasskey, usePasskeys, useRemovePasskey } from '../api/passkeys.ts';
import { RecoveryCodes } from './recovery-codes.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';

/**
 * One's passkeys: the list (remove any), and adding one with this device or
 * a security key. A first passkey on an account with no authenticator app
 * turns two-step sign-in on and shows the recovery codes once.
 */
export function Passkeys({ onAdded }: { onAdded?: () => void }) {
  const { t } = useTranslation();
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  /** Counts failed submits: each one moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const nameId = useId();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [added, setAdded] = useState(false);
  const supported = browserSupportsWebAuthn();

  if (recoveryCodes) {
    return (
      <div className="stack">
        <Alert tone="success" title={t('account.totp.onTitle')}>
          {t('account.passkeys.onText')}
        </Alert>
        <RecoveryCodes
          codes={recoveryCodes}
          onSaved={() => {
            setRecoveryCodes(null);
            markPasskeyAdded();
            onAdded?.();
          }}
        />
      </div>
    );
  }

  const items = passkeys.data?.items ?? [];
  const error = add.error ?? remove.error;
  return (
    <div className="stack">
      {passkeys.error ? <Alert tone="error" title={t('account.passkeys.loadFailed')}>{passkeyErrorMessage(passkeys.error)}</Alert> : null}
      {error ? <Alert tone="error" title={add.error ? t('account.passkeys.addFailed') : t('account.passkeys.removeFailed')}>{passkeyErrorMessage(error)}</Alert> : null}
      {added ? <Alert tone="success">{t('account.passkeys.added')}</Alert> : null}
      <p>
        {t('account.passkeys.explain')}
      </p>
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('account.passkeys.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.passkeys.name')}</th>
                <th scope="col">{t('account.passkeys.addedOn')}</th>
                <th scope="col">{t('account.sessions.lastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('account.sessions.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{formatDateTime(p.createdAt)}</td>
                  <td>{p.lastUsedAt ? formatDateTime(p.lastUsedAt) : t('account.passkeys.notYet')}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--danger-outline"
                      disabled={remove.isPending}
                      onClick={() => {
                        setAdded(false);
                        add.reset();
                        remove.mutate(p.id);
                      }}
                    >
                      {t('account.passkeys.remove')}<span className="visually-hidden"> {t('account.passkeys.removeHidden', { name: p.name })}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : passkeys.data ? (
        <p className="muted">{t('account.passkeys.none')}</p>
      ) : null}
      {passkeys.data && !passkeys.data.available ? (
        <Alert tone="info">
          {t('account.passkeys.ipAddress')}
        </Alert>
      ) : !supported ? (
        <Alert tone="info">{t('account.passkeys.unsupported')}</Alert>
      ) : passkeys.data ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setAdded(false);
            remove.reset();
            if (!name.trim()) {
              setNameError(t('account.passkeys.nameRequired'));
              setFailedAttempts((n) => n + 1);
              return;
            }
            setNameError(undefined);
            add.mutate(name.trim(), {
              onSuccess: (answer) => {
                setName('');
                if (answer.recoveryCodes) {
                  setRecoveryCodes(answer.recoveryCodes);
                  return;
                }
                setAdded(true);
                markPasskeyAdded();
                onAdded?.();
              },
            });
          }}
        >
          <ErrorSummary items={nameError ? [{ message: nameError, fieldId: nameId }] : []} focusKey={failedAttempts} />
          <TextField
            id={nameId}
            label={t('account.passkeys.nameLabel')}
            hint={t('account.passkeys.nameHint')}
            error={nameError}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={60}
            autoComplete="off"
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={add.isPending}>
              {add.isPending ? t('account.passkeys.waiting') : t('account.passkeys.add')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
