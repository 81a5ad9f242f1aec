import { useEffect, useRef, useState } from 'react';
import { CreatePartnerKeyBody, type CreatedPartnerKey, type PartnerKeyView, type PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { defineApiForm } from '../../../lib/api-form.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useCreatePartnerKey } from '../api/create-partner-key.ts';
import { usePartnerKeys } from '../api/get-partner-keys.ts';
import { useRevokePartnerKey } from '../api/revoke-partner-key.ts';
import { formatDay, formatMoment } from './partner-labels.ts';

/** Admins: API keys for the partner's till systems. A secret is shown once, when it is made. */
export function PartnerKeys({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
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
        {t('partners.keys.title')}
      </h2>
      <p className="section-lead">{t('partners.keys.lead', { name: partner.name })}</p>
      {created ? <CreatedKeyNotice created={created} onDismiss={() => setCreated(null)} /> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="panel">
        <h3 className="section-title">{t('partners.keys.createTitle')}</h3>
        <CreateKeyForm
          partnerId={partner.id}
          onCreated={(key) => {
            setNotice(null);
            setCreated(key);
          }}
        />
      </div>

      {keys.isPending ? (
        <Loading label={t('partners.keys.loading')} />
      ) : keys.isError ? (
        <Alert tone="error" title={t('partners.keys.loadFailed')}>
          <p>{errorMessage(keys.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void keys.refetch()}>
            {t('partners.tryAgain')}
          </button>
        </Alert>
      ) : keys.data.items.length === 0 ? (
        <p className="empty-state">{t('partners.keys.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('partners.keys.caption', { name: partner.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners.fields.name')}</th>
                <th scope="col">{t('partners.keys.startsWith')}</th>
                <th scope="col">{t('partners.keys.created')}</th>
                <th scope="col">{t('partners.keys.lastUsed')}</th>
                <th scope="col">{t('partners.fields.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('partners.keys.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.items.map((key) => (
                <tr key={key.id}>
                  <th scope="row" data-label={t('partners.fields.name')}>
                    {key.name}
                  </th>
                  <td data-label={t('partners.keys.startsWith')}>
                    <code>{key.prefix}…</code>
                  </td>
                  <td data-label={t('partners.keys.created')}>
                    <time dateTime={key.createdAt}>{formatMoment(key.createdAt)}</time>
                  </td>
                  <td data-label={t('partners.keys.lastUsed')}>
                    {key.lastUsedOn ? (
                      <time dateTime={key.lastUsedOn}>{formatDay(key.lastUsedOn)}</time>
                    ) : (
                      <span className="muted">{t('partners.keys.never')}</span>
                    )}
                  </td>
                  <td data-label={t('partners.fields.status')}>
                    {key.revokedAt ? (
                      <>
                        <span className="badge badge--partner-key-revoked">{t('partners.keys.revoked')}</span>
                        <span className="cell-note">
                          <time dateTime={key.revokedAt}>{formatMoment(key.revokedAt)}</time>
                        </span>
                      </>
                    ) : (
                      <span className="badge badge--partner-key-active">{t('partners.status.label.active')}</span>
                    )}
                  </td>
                  <td data-label={t('partners.keys.actions')} className="data-table__actions">
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
                        {t('partners.keys.revoke')}
                        <span className="visually-hidden"> {t('partners.keys.revokeWhich', { name: key.name })}</span>
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
        title={toRevoke ? t('partners.keys.revokeQuestion', { name: toRevoke.name }) : t('partners.keys.revokeQuestionAny')}
        confirmLabel={t('partners.keys.revokeKey')}
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
                setNotice(t('partners.keys.revokedNotice', { name: key.name }));
              },
            },
          );
        }}
      >
        <p className="dialog__warning">
          <strong>{t('partners.keys.cannotUndo')}</strong>
        </p>
        <p>{t('partners.keys.revokeWarning')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Checked against the API's CreatePartnerKeyBody; the messages are the form's, read when it is checked. */
const createKeyForm = defineApiForm({
  schema: CreatePartnerKeyBody,
  toBody: (values: { name: string }) => values,
  messages: {
    name: { required: () => t('partners.keys.errors.nameRequired'), maxLength: (rules) => t('partners.keys.errors.nameTooLong', { max: rules.maxLength ?? 60 }) },
  },
});

function CreateKeyForm({ partnerId, onCreated }: { partnerId: string; onCreated: (created: CreatedPartnerKey) => void }) {
  const { t } = useTranslation();
  const create = useCreatePartnerKey();
  const { formProps, field, unplacedError, errorSummary } = useApiForm(createKeyForm, {
    initialValues: { name: '' },
    apiError: create.error,
    onSubmit: (_values, body, form) =>
      create.mutate(
        { partnerId, name: body.name },
        {
          onSuccess: (created) => {
            form.reset();
            onCreated(created);
          },
        },
      ),
  });

  return (
    <form {...formProps} className="form form--inline">
      {errorSummary}
      {unplacedError ? (
        <Alert tone="error" title={t('partners.keys.createFailed')}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}
      <TextField label={t('partners.keys.name')} {...field('name')} autoComplete="off" className="input--medium" hint={t('partners.keys.nameHint')} />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('partners.keys.creating') : t('partners.keys.create')}
        </button>
      </div>
    </form>
  );
}

/** The header and route a till system uses: names, the same in every language. */
const KEY_HEADER = 'X-Partner-Key';
const VERIFY_ROUTE = 'POST /api/v1/verify';

/** The new key's secret, shown this once (the API keeps only its hash). Takes focus when it appears, so nobody misses it. */
function CreatedKeyNotice({ created, onDismiss }: { created: CreatedPartnerKey; onDismiss: () => void }) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLElement>(null);
  useEffect(() => {
    boxRef.current?.focus();
  }, [created]);

  return (
    <section className="link-notice" aria-labelledby="created-key-title" tabIndex={-1} ref={boxRef}>
      <h3 className="link-notice__title" id="created-key-title">
        {t('partners.keys.createdTitle', { name: created.key.name })}
      </h3>
      <p className="link-notice__warning">
        <strong>{t('partners.keys.shownOnce')}</strong> {t('partners.keys.shownOnceWhat')}
      </p>
      <CopyField
        label={t('partners.keys.apiKey')}
        value={created.secret}
        copyLabel={t('partners.keys.copy')}
        copiedMessage={t('partners.keys.copied')}
        hint={
          <>
            {t('partners.keys.headerBefore')} <code className="nowrap">{KEY_HEADER}</code> {t('partners.keys.headerAfter')}{' '}
            <code className="nowrap">{VERIFY_ROUTE}</code>.
          </>
        }
      />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('partners.keys.done')}
        </button>
      </div>
    </section>
  );
}
