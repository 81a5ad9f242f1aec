import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CreatedPartnerKey, PartnerKeyView, PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { focusFirstInvalid, TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate, formatDateTime } from '../../../lib/format-date.ts';
import { useCreatePartnerKey } from '../api/create-partner-key.ts';
import { usePartnerKeys } from '../api/get-partner-keys.ts';
import { useRevokePartnerKey } from '../api/revoke-partner-key.ts';

const KEY_NAME_MAX = 60;

/** Admins: API keys for the partner's till systems. A secret is shown once, when it is made. */
export function PartnerKeys({ partner }: { partner: PartnerView }) {
  const keys = usePartnerKeys(partner.id);
  const revoke = useRevokePartnerKey();
  const [created, setCreated] = useState<CreatedPartnerKey | null>(null);
  const [toRevoke, setToRevoke] = useState<PartnerKeyView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function closeRevoke() {
    setToRevoke(null);
    revoke.reset();
  }

  return (
    <section className="page-section" aria-labelledby="keys-title">
      <h2 id="keys-title" className="section-title">
        API keys
      </h2>
      <p className="section-lead">
        For a till or booking system that checks cards itself through the verify API: it sends the key with each check,
        so cards list {partner.name}’s benefits first, with its notes. Make one key per system, so each can be revoked on
        its own.
      </p>
      {created ? <CreatedKeyNotice created={created} onDismiss={() => setCreated(null)} /> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="panel">
        <h3 className="section-title">Create a key</h3>
        <CreateKeyForm
          partnerId={partner.id}
          onCreated={(key) => {
            setNotice(null);
            setCreated(key);
          }}
        />
      </div>

      {keys.isPending ? (
        <Loading label="Loading API keys…" />
      ) : keys.isError ? (
        <Alert tone="error" title="Could not load the API keys">
          <p>{errorMessage(keys.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void keys.refetch()}>
            Try again
          </button>
        </Alert>
      ) : keys.data.items.length === 0 ? (
        <p className="empty-state">No API keys yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">API keys of {partner.name}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key starts with</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.items.map((key) => (
                <tr key={key.id}>
                  <th scope="row" data-label="Name">
                    {key.name}
                  </th>
                  <td data-label="Starts with">
                    <code>{key.prefix}…</code>
                  </td>
                  <td data-label="Created">
                    <time dateTime={key.createdAt}>{formatDateTime(key.createdAt)}</time>
                  </td>
                  <td data-label="Last used">
                    {key.lastUsedOn ? (
                      <time dateTime={key.lastUsedOn}>{formatCalendarDate(key.lastUsedOn)}</time>
                    ) : (
                      <span className="muted">Never</span>
                    )}
                  </td>
                  <td data-label="Status">
                    {key.revokedAt ? (
                      <>
                        <span className="badge badge--partner-key-revoked">Revoked</span>
                        <span className="cell-note">
                          <time dateTime={key.revokedAt}>{formatDateTime(key.revokedAt)}</time>
                        </span>
                      </>
                    ) : (
                      <span className="badge badge--partner-key-active">Active</span>
                    )}
                  </td>
                  <td data-label="Actions" className="data-table__actions">
                    {key.revokedAt ? null : (
                      <button
                        type="button"
                        className="button button--small button--danger-outline"
                        onClick={() => {
                          setNotice(null);
                          revoke.reset();
                          setToRevoke(key);
                        }}
                      >
                        Revoke<span className="visually-hidden"> key {key.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <ConfirmDialog
        open={toRevoke !== null}
        title={toRevoke ? `Revoke the key “${toRevoke.name}”?` : 'Revoke the key?'}
        confirmLabel="Revoke key"
        isPending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : undefined}
        onClose={closeRevoke}
        onConfirm={() => {
          if (!toRevoke) return;
          revoke.mutate(
            { partnerId: partner.id, keyId: toRevoke.id },
            {
              onSuccess: (key) => {
                closeRevoke();
                if (created?.key.id === key.id) setCreated(null);
                setNotice(`Key “${key.name}” revoked. Calls that send it are refused from now on.`);
              },
            },
          );
        }}
      >
        <p className="dialog__warning">
          <strong>This cannot be undone.</strong>
        </p>
        <p>
          The system using this key is refused from its very next check. If it still needs to check cards, create a new
          key and put that one in instead.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function CreateKeyForm({ partnerId, onCreated }: { partnerId: string; onCreated: (created: CreatedPartnerKey) => void }) {
  const create = useCreatePartnerKey();
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    const found = !name ? 'Name the key after where it is used, for example Front desk till.' : name.length > KEY_NAME_MAX ? `Use ${KEY_NAME_MAX} characters or fewer.` : undefined;
    setError(found);
    if (found) {
      focusFirstInvalid(formRef.current);
      return;
    }
    create.mutate(
      { partnerId, name },
      {
        onSuccess: (created) => {
          form.reset();
          onCreated(created);
        },
      },
    );
  }

  const apiError = create.error;
  const onName = apiError instanceof ApiError && apiError.field === 'name';
  useEffect(() => {
    if (onName) focusFirstInvalid(formRef.current);
  }, [onName, apiError]);

  return (
    <form ref={formRef} className="form form--inline" onSubmit={handleSubmit} noValidate>
      {apiError && !onName ? (
        <Alert tone="error" title="Could not create the key">
          {errorMessage(apiError)}
        </Alert>
      ) : null}
      <TextField
        label="Key name"
        name="name"
        autoComplete="off"
        maxLength={KEY_NAME_MAX}
        className="input--medium"
        hint="Where it will be used, for example Front desk till"
        error={error ?? (onName ? apiError.message : undefined)}
        required
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
      </div>
    </form>
  );
}

/** The new key's secret, shown this once (the API keeps only its hash). Takes focus when it appears, so nobody misses it. */
function CreatedKeyNotice({ created, onDismiss }: { created: CreatedPartnerKey; onDismiss: () => void }) {
  const boxRef = useRef<HTMLElement>(null);
  useEffect(() => {
    boxRef.current?.focus();
  }, [created]);

  return (
    <section className="link-notice" aria-labelledby="created-key-title" tabIndex={-1} ref={boxRef}>
      <h3 className="link-notice__title" id="created-key-title">
        Key “{created.key.name}” created
      </h3>
      <p className="link-notice__warning">
        <strong>This key is shown only once.</strong> Copy it now and put it straight into the till system. It cannot be
        shown again; if it is lost, revoke it and create a new one. Treat it like a password.
      </p>
      <CopyField
        label="API key"
        value={created.secret}
        copyLabel="Copy key"
        copiedMessage="Key copied."
        hint={
          <>
            Sent with each check as the <code className="nowrap">X-Partner-Key</code> header of{' '}
            <code className="nowrap">POST /api/v1/verify</code>.
          </>
        }
      />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          Done, I have copied it
        </button>
      </div>
    </section>
  );
}
