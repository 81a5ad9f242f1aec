import { useState } from 'react';
import type { SigningKeyView } from '../../../../../api/src/keys/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useSigningKeys } from '../api/get-signing-keys.ts';
import { useRotateSigningKey } from '../api/rotate-signing-key.ts';
import { useWithdrawSigningKey } from '../api/withdraw-signing-key.ts';
import { cardCount, keyStatusDescription, keyStatusLabel } from './key-labels.ts';

/** The keys that sign card QR codes: rotate on a schedule, withdraw when one may be compromised. */
export function SigningKeys() {
  const keys = useSigningKeys();
  const rotate = useRotateSigningKey();
  const withdraw = useWithdrawSigningKey();
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [toWithdraw, setToWithdraw] = useState<SigningKeyView | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [understoodError, setUnderstoodError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);

  function closeRotate() {
    setConfirmRotate(false);
    rotate.reset();
  }

  function closeWithdraw() {
    setToWithdraw(null);
    withdraw.reset();
  }

  function startWithdraw(key: SigningKeyView) {
    setNotice(null);
    setUnderstood(false);
    setUnderstoodError(undefined);
    withdraw.reset();
    setToWithdraw(key);
  }

  return (
    <>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <section className="panel" aria-labelledby="rotate-title">
        <h2 id="rotate-title" className="section-title">
          Rotate the signing key
        </h2>
        <p className="section-lead">
          Every card’s QR code is signed with the active key. Rotating makes a new key for new cards; cards already
          issued keep working, because their key stays published until they have all expired.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setNotice(null);
            setConfirmRotate(true);
          }}
        >
          Rotate key
        </button>
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title" className="section-title">
          Keys
        </h2>
        {keys.isPending ? (
          <Loading label="Loading signing keys…" />
        ) : keys.isError ? (
          <Alert tone="error" title="Could not load the signing keys">
            <p>{errorMessage(keys.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void keys.refetch()}>
              Try again
            </button>
          </Alert>
        ) : keys.data.items.length === 0 ? (
          <p className="empty-state">No signing keys yet. The server makes one when it starts.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Signing keys, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Key ID</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                  <th scope="col">Unexpired cards</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.data.items.map((key) => (
                  <tr key={key.kid}>
                    <th scope="row" data-label="Key ID">
                      <code className="break-anywhere">{key.kid}</code>
                    </th>
                    <td data-label="Status">
                      <span className={`badge badge--key-${key.status}`} title={keyStatusDescription[key.status]}>
                        {keyStatusLabel[key.status]}
                      </span>
                      <span className="cell-note">
                        {keyStatusDescription[key.status]}
                        {key.status === 'withdrawn' && key.withdrawnAt ? ` (since ${formatDateTime(key.withdrawnAt)})` : null}
                      </span>
                    </td>
                    <td data-label="Created">
                      <time dateTime={key.createdAt}>{formatDateTime(key.createdAt)}</time>
                    </td>
                    <td data-label="Unexpired">{key.unexpiredCards.toLocaleString('en-GB')}</td>
                    <td data-label="Actions" className="data-table__actions">
                      {key.status === 'withdrawn' ? null : (
                        <button
                          type="button"
                          className="button button--small button--danger-outline"
                          onClick={() => startWithdraw(key)}
                        >
                          Withdraw<span className="visually-hidden"> key {key.kid}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ConfirmDialog
        open={confirmRotate}
        title="Rotate the signing key?"
        tone="primary"
        confirmLabel="Confirm"
        isPending={rotate.isPending}
        error={rotate.error ? errorMessage(rotate.error) : undefined}
        onClose={closeRotate}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: (key) => {
              closeRotate();
              setNotice(`Key rotated. New cards are now signed with key ${key.kid}; existing cards keep working.`);
            },
          })
        }
      >
        <p>New cards will be signed with a new key. Existing cards keep working: nothing changes for anyone who already has a card.</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={toWithdraw !== null}
        title={toWithdraw ? `Withdraw key ${toWithdraw.kid}?` : 'Withdraw key?'}
        confirmLabel="Confirm"
        isPending={withdraw.isPending}
        error={withdraw.error ? errorMessage(withdraw.error) : undefined}
        onClose={closeWithdraw}
        onConfirm={() => {
          if (!toWithdraw) return;
          if (!understood) {
            setUnderstoodError('Tick the box to confirm you understand what happens.');
            return;
          }
          withdraw.mutate(toWithdraw.kid, {
            onSuccess: (key) => {
              closeWithdraw();
              setNotice(
                `Key ${key.kid} withdrawn. ${key.unexpiredCards === 0 ? 'No unexpired cards were signed with it.' : `${cardCount(key.unexpiredCards)} signed with it now show as not valid.`}`,
              );
            },
          });
        }}
      >
        {toWithdraw ? <WithdrawWarning signingKey={toWithdraw} /> : null}
        {toWithdraw ? (
          <div className={understoodError ? 'field field--invalid' : 'field'}>
            {understoodError ? (
              <p className="field__error" id="withdraw-understood-error">
                <span className="visually-hidden">Error: </span>
                {understoodError}
              </p>
            ) : null}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={understood}
                aria-invalid={understoodError ? true : undefined}
                aria-describedby={understoodError ? 'withdraw-understood-error' : undefined}
                onChange={(event) => {
                  setUnderstood(event.currentTarget.checked);
                  setUnderstoodError(undefined);
                }}
              />
              <span>
                I understand that {toWithdraw.unexpiredCards === 0 ? 'this cannot be undone' : `${cardCount(toWithdraw.unexpiredCards)} will stop working at once`}
              </span>
            </label>
          </div>
        ) : null}
      </ConfirmDialog>
    </>
  );
}

function WithdrawWarning({ signingKey }: { signingKey: SigningKeyView }) {
  const count = signingKey.unexpiredCards;
  return (
    <>
      <p className="dialog__warning">
        <strong>
          Every card signed with this key becomes NOT VALID at once
          {count > 0 ? `: ${cardCount(count)}.` : '.'}
        </strong>
      </p>
      <p>
        {count > 0
          ? 'When a partner scans one of these cards, they will see NOT VALID. Each of those young carers will need a new card. '
          : 'No unexpired cards were signed with it, so no young carer is affected today. '}
        This cannot be undone. Only do this if the key may have been copied or stolen.
      </p>
      {signingKey.status === 'active' ? (
        <p>This is the active key, so a new key is made first to sign new cards.</p>
      ) : null}
    </>
  );
}
