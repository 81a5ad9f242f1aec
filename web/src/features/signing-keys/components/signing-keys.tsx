import { useId, useState } from 'react';
import type { SigningKeyView } from '../../../../../api/src/keys/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSigningKeys } from '../api/get-signing-keys.ts';
import { useRotateSigningKey } from '../api/rotate-signing-key.ts';
import { useWithdrawSigningKey } from '../api/withdraw-signing-key.ts';
import { cardCount, formatMoment, keyStatusDescription, keyStatusLabel } from './key-labels.ts';

/** The keys that sign card QR codes: rotate on a schedule, withdraw when one may be compromised. */
export function SigningKeys() {
  const { t, locale } = useTranslation();
  const formatDateTime = (iso: string) => formatMoment(iso);
  const understoodId = useId();
  /** Each failed attempt moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
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
          {t('signingKeys.rotate.title')}
        </h2>
        <p className="section-lead">{t('signingKeys.rotate.lead')}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setNotice(null);
            setConfirmRotate(true);
          }}
        >
          {t('signingKeys.rotate.button')}
        </button>
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title" className="section-title">
          {t('signingKeys.table.title')}
        </h2>
        {keys.isPending ? (
          <Loading label={t('signingKeys.table.loading')} />
        ) : keys.isError ? (
          <Alert tone="error" title={t('signingKeys.table.loadFailed')}>
            <p>{errorMessage(keys.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void keys.refetch()}>
              {t('signingKeys.tryAgain')}
            </button>
          </Alert>
        ) : keys.data.items.length === 0 ? (
          <p className="empty-state">{t('signingKeys.table.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('signingKeys.table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('signingKeys.table.kid')}</th>
                  <th scope="col">{t('signingKeys.table.status')}</th>
                  <th scope="col">{t('signingKeys.table.created')}</th>
                  <th scope="col">{t('signingKeys.table.unexpired')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('signingKeys.table.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.data.items.map((key) => (
                  <tr key={key.kid}>
                    <th scope="row" data-label={t('signingKeys.table.kid')}>
                      <code className="break-anywhere">{key.kid}</code>
                    </th>
                    <td data-label={t('signingKeys.table.status')}>
                      <span className={`badge badge--key-${key.status}`} title={keyStatusDescription(key.status)}>
                        {keyStatusLabel(key.status)}
                      </span>
                      <span className="cell-note">
                        {keyStatusDescription(key.status)}
                        {key.status === 'withdrawn' && key.withdrawnAt ? ` ${t('signingKeys.table.since', { when: formatDateTime(key.withdrawnAt) })}` : null}
                      </span>
                    </td>
                    <td data-label={t('signingKeys.table.created')}>
                      <time dateTime={key.createdAt}>{formatDateTime(key.createdAt)}</time>
                    </td>
                    <td data-label={t('signingKeys.table.unexpired')}>{key.unexpiredCards.toLocaleString(locale)}</td>
                    <td data-label={t('signingKeys.table.actions')} className="data-table__actions">
                      {key.status === 'withdrawn' ? null : (
                        <button
                          type="button"
                          className="button button--small button--danger-outline"
                          onClick={() => startWithdraw(key)}
                        >
                          {t('signingKeys.withdraw.button')}
                          <span className="visually-hidden"> {t('signingKeys.withdraw.which', { kid: key.kid })}</span>
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
        title={t('signingKeys.rotate.question')}
        tone="primary"
        confirmLabel={t('signingKeys.confirm')}
        isPending={rotate.isPending}
        error={rotate.error ? errorMessage(rotate.error) : undefined}
        onClose={closeRotate}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: (key) => {
              closeRotate();
              setNotice(t('signingKeys.rotate.done', { kid: key.kid }));
            },
          })
        }
      >
        <p>{t('signingKeys.rotate.warning')}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={toWithdraw !== null}
        title={toWithdraw ? t('signingKeys.withdraw.question', { kid: toWithdraw.kid }) : t('signingKeys.withdraw.questionAny')}
        confirmLabel={t('signingKeys.confirm')}
        isPending={withdraw.isPending}
        error={withdraw.error ? errorMessage(withdraw.error) : undefined}
        onClose={closeWithdraw}
        onConfirm={() => {
          if (!toWithdraw) return;
          if (!understood) {
            setUnderstoodError(t('signingKeys.withdraw.tick'));
            setFailedAttempts((n) => n + 1);
            return;
          }
          withdraw.mutate(toWithdraw.kid, {
            onSuccess: (key) => {
              closeWithdraw();
              setNotice(
                `${t('signingKeys.withdraw.done', { kid: key.kid })} ${key.unexpiredCards === 0 ? t('signingKeys.withdraw.noCards') : t('signingKeys.withdraw.cardsNotValid', { cards: cardCount(key.unexpiredCards) })}`,
              );
            },
          });
        }}
      >
        {toWithdraw ? <WithdrawWarning signingKey={toWithdraw} /> : null}
        {toWithdraw ? (
          <ErrorSummary items={understoodError ? [{ message: understoodError, fieldId: understoodId }] : []} focusKey={failedAttempts} />
        ) : null}
        {toWithdraw ? (
          <div className={understoodError ? 'field field--invalid' : 'field'}>
            {understoodError ? (
              <p className="field__error" id="withdraw-understood-error">
                <span className="visually-hidden">{t('signingKeys.errorPrefix')} </span>
                {understoodError}
              </p>
            ) : null}
            <label className="checkbox">
              <input
                type="checkbox"
                id={understoodId}
                checked={understood}
                aria-invalid={understoodError ? true : undefined}
                aria-describedby={understoodError ? 'withdraw-understood-error' : undefined}
                onChange={(event) => {
                  setUnderstood(event.currentTarget.checked);
                  setUnderstoodError(undefined);
                }}
              />
              <span>
                {toWithdraw.unexpiredCards === 0
                  ? t('signingKeys.withdraw.understandUndo')
                  : t('signingKeys.withdraw.understandCards', { cards: cardCount(toWithdraw.unexpiredCards) })}
              </span>
            </label>
          </div>
        ) : null}
      </ConfirmDialog>
    </>
  );
}

function WithdrawWarning({ signingKey }: { signingKey: SigningKeyView }) {
  const { t } = useTranslation();
  const count = signingKey.unexpiredCards;
  return (
    <>
      <p className="dialog__warning">
        <strong>
          {t('signingKeys.withdraw.everyCard')}
          {count > 0 ? `: ${cardCount(count)}.` : '.'}
        </strong>
      </p>
      <p>
        {count > 0 ? t('signingKeys.withdraw.partnersSee') : t('signingKeys.withdraw.nobodyAffected')}{' '}
        {t('signingKeys.withdraw.onlyIf')}
      </p>
      {signingKey.status === 'active' ? <p>{t('signingKeys.withdraw.activeKey')}</p> : null}
    </>
  );
}
