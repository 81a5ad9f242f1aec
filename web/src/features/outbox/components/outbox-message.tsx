import { useState } from 'react';
import { Link } from 'react-router';
import type { OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { MessageStatusBadge, messageStatusDescription } from '../../../components/message-status-badge.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { paths } from '../../../config/paths.ts';
import { useQrCode } from '../../../hooks/use-qr-code.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useMarkHandedOver } from '../api/mark-handed-over.ts';
import { useRetryMessage } from '../api/retry-message.ts';
import { formatMoment, messageKindLabel } from './message-labels.ts';
import { MessageStatusNote } from './message-status.tsx';

/** What the API lets staff do with a message in each status (it checks again: 409 MESSAGE_STATE_CONFLICT). */
const canHandOver = (message: OutboxMessageView) => message.status === 'manual' || message.status === 'failed' || message.status === 'queued';
/** Sending again needs a mail server: without SMTP_URL it could only fail, so it is not offered. */
const canRetry = (message: OutboxMessageView, emailEnabled: boolean) => emailEnabled && message.channel === 'email' && (message.status === 'failed' || message.status === 'manual');

/** An invitation's link, as its text carries it: what the slip's QR code opens. */
const INVITATION_LINK = /\bhttps?:\/\/\S+#code=[0-9A-Za-z-]+/;

/** One message: its status, its address and text to copy, a slip to print, and what staff can do next. */
export function OutboxMessage({ message, emailEnabled }: { message: OutboxMessageView; /** Whether the server can send email (SMTP_URL); undefined while not known. */ emailEnabled: boolean | undefined }) {
  const { t } = useTranslation();
  const formatDateTime = (iso: string) => formatMoment(iso);
  const handOver = useMarkHandedOver();
  const retry = useRetryMessage();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const print = message.channel === 'print';

  function closeConfirm() {
    setConfirming(false);
    handOver.reset();
  }

  return (
    <>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <section className="panel" aria-labelledby="message-facts-title">
        <h2 id="message-facts-title" className="section-title">
          {t('outbox.message.about')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('outbox.list.status')}</dt>
            <dd>
              <MessageStatusBadge status={message.status} />
              <MessageStatusNote message={message} />
              {/* Waiting, failed and queued messages say what next in their note already. */}
              {message.status === 'sent' || message.status === 'sending' || message.status === 'handed_over' || message.status === 'withdrawn' ? (
                <span className="fact-note">{messageStatusDescription[message.status]}</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('outbox.message.what')}</dt>
            <dd>
              {messageKindLabel(message.kind)}
              <span className="fact-note">{print ? t('outbox.message.aSlip') : t('outbox.message.anEmail')}</span>
            </dd>
          </div>
          <div>
            <dt>{t('outbox.list.made')}</dt>
            <dd>
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </dd>
          </div>
          {message.channel === 'email' ? (
            <div>
              <dt>{t('outbox.message.tries')}</dt>
              <dd>
                {message.attempts}
                {message.sentAt ? (
                  <span className="fact-note">
                    {t('outbox.message.sent')} <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
                  </span>
                ) : null}
              </dd>
            </div>
          ) : null}
          {message.holderId ? (
            <div>
              <dt>{t('outbox.message.youngCarer')}</dt>
              <dd>
                <Link to={paths.holders.detail.getHref(message.holderId)}>{t('outbox.message.openRecord')}</Link>
              </dd>
            </div>
          ) : null}
        </dl>
        <MessageActions
          message={message}
          emailEnabled={emailEnabled === true}
          retry={() =>
            retry.mutate(message.id, {
              onSuccess: () => setNotice(t('outbox.message.retrying')),
            })
          }
          retrying={retry.isPending}
          retryError={retry.error ? errorMessage(retry.error) : undefined}
          handOver={() => {
            setNotice(null);
            handOver.reset();
            setConfirming(true);
          }}
        />
      </section>

      {print ? <MessageSlip message={message} /> : null}

      <section className="panel" aria-labelledby="message-text-title">
        <h2 id="message-text-title" className="section-title">
          {print ? t('outbox.message.slipText') : t('outbox.message.theEmail')}
        </h2>
        {message.codeHidden ? (
          <p className="muted small">{t('outbox.message.codeHidden')}</p>
        ) : null}
        {message.to ? <CopyField label={t('outbox.list.to')} value={message.to} copyLabel={t('outbox.message.copyAddress')} copiedMessage={t('outbox.message.addressCopied')} /> : null}
        {print ? null : <CopyField label={t('outbox.message.subject')} value={message.subject} copyLabel={t('outbox.message.copySubject')} copiedMessage={t('outbox.message.subjectCopied')} />}
        <CopyField label={t('outbox.message.text')} value={message.text} multiline copyLabel={t('outbox.message.copyText')} copiedMessage={t('outbox.message.textCopied')} />
      </section>

      <ConfirmDialog
        open={confirming}
        title={t('outbox.message.markQuestion')}
        tone="primary"
        confirmLabel={t('outbox.message.markHandedOver')}
        isPending={handOver.isPending}
        error={handOver.error ? errorMessage(handOver.error) : undefined}
        onClose={closeConfirm}
        onConfirm={() =>
          handOver.mutate(message.id, {
            onSuccess: () => {
              closeConfirm();
              setNotice(t('outbox.message.marked'));
            },
          })
        }
      >
        <p>
          {print ? t('outbox.message.markSlip') : t('outbox.message.markEmail')}{' '}
          {message.status === 'queued' ? t('outbox.message.markQueued') : null}
        </p>
      </ConfirmDialog>
    </>
  );
}

function MessageActions({
  message,
  emailEnabled,
  retry,
  retrying,
  retryError,
  handOver,
}: {
  message: OutboxMessageView;
  emailEnabled: boolean;
  retry: () => void;
  retrying: boolean;
  retryError: string | undefined;
  handOver: () => void;
}) {
  const { t } = useTranslation();
  if (!canRetry(message, emailEnabled) && !canHandOver(message) && message.channel !== 'print') return null;
  return (
    <>
      {retryError ? (
        <Alert tone="error" title={t('outbox.message.retryFailed')}>
          {retryError}
        </Alert>
      ) : null}
      <div className="button-row">
        {message.channel === 'print' ? (
          <button type="button" className="button" onClick={() => window.print()}>
            {t('outbox.message.print')}
          </button>
        ) : null}
        {canRetry(message, emailEnabled) ? (
          <button type="button" className="button" onClick={retry} disabled={retrying}>
            {retrying ? t('outbox.message.sending') : t('outbox.message.retry')}
          </button>
        ) : null}
        {canHandOver(message) ? (
          <button type="button" className="button button--secondary" onClick={handOver}>
            {t('outbox.message.markHandedOver')}
          </button>
        ) : null}
      </div>
    </>
  );
}

/** A printed slip's text as the slip prints it, with a QR code of its link. */
function MessageSlip({ message }: { message: OutboxMessageView }) {
  const { t } = useTranslation();
  const link = INVITATION_LINK.exec(message.text)?.[0] ?? null;
  const qr = useQrCode(link);
  return (
    <section className="page-section" aria-labelledby="slip-title">
      <h2 id="slip-title" className="section-title">
        {t('outbox.message.slip')}
      </h2>
      <article className="slip slip--text print-area" aria-label={t('outbox.list.printedSlip')}>
        <div className="slip__body" lang={message.language} dir={message.dir}>
          <p className="slip__steps pre-line">{message.text.trim()}</p>
          {qr ? <img className="slip__qr" src={qr} alt={t('outbox.message.qrAlt')} width={160} height={160} /> : null}
        </div>
      </article>
    </section>
  );
}
