import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { formatDateTime } from '../../../lib/format-date.ts';
import { passkeyErrorMessage } from '../../../lib/passkey-errors.ts';
import { markPasskeyAdded, useAddPasskey, usePasskeys, useRemovePasskey } from '../api/passkeys.ts';
import { RecoveryCodes } from './recovery-codes.tsx';

/**
 * One's passkeys: the list (remove any), and adding one with this device or
 * a security key. A first passkey on an account with no authenticator app
 * turns two-step sign-in on and shows the recovery codes once.
 */
export function Passkeys({ onAdded }: { onAdded?: () => void }) {
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [added, setAdded] = useState(false);
  const supported = browserSupportsWebAuthn();

  if (recoveryCodes) {
    return (
      <div className="stack">
        <Alert tone="success" title="Two-step sign-in is on">
          From now on you sign in with your password and your passkey.
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
      {passkeys.error ? <Alert tone="error" title="Could not load your passkeys">{passkeyErrorMessage(passkeys.error)}</Alert> : null}
      {error ? <Alert tone="error" title={add.error ? 'The passkey was not added' : 'The passkey was not removed'}>{passkeyErrorMessage(error)}</Alert> : null}
      {added ? <Alert tone="success">Passkey added. You can use it the next time you sign in.</Alert> : null}
      <p>
        A passkey lets you finish signing in by unlocking this computer or your phone (fingerprint, face or PIN), or with a
        security key, instead of typing a code.
      </p>
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Your passkeys</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Added</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{formatDateTime(p.createdAt)}</td>
                  <td>{p.lastUsedAt ? formatDateTime(p.lastUsedAt) : 'Not yet'}</td>
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
                      Remove<span className="visually-hidden"> passkey {p.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : passkeys.data ? (
        <p className="muted">You have no passkeys yet.</p>
      ) : null}
      {passkeys.data && !passkeys.data.available ? (
        <Alert tone="info">
          Passkeys cannot be added here, because this service is reached by an IP address. Whoever runs it can give it a
          name (its PUBLIC_URL). Use an authenticator app meanwhile.
        </Alert>
      ) : !supported ? (
        <Alert tone="info">This browser cannot use passkeys. Use an authenticator app, or another browser.</Alert>
      ) : passkeys.data ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setAdded(false);
            remove.reset();
            if (!name.trim()) {
              setNameError('Enter a name for this passkey, such as "Work laptop".');
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
          <TextField
            label="Name for a new passkey"
            hint="So you can tell your passkeys apart, such as “Work laptop” or “My phone”."
            error={nameError}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={60}
            autoComplete="off"
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={add.isPending}>
              {add.isPending ? 'Waiting for your device…' : 'Add a passkey'}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
