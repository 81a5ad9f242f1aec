import { useState } from 'react';
import { Link } from 'react-router';
import type { OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { MessageStatusBadge, messageStatusDescription } from '../../../components/message-status-badge.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { paths } from '../../../config/paths.ts';
import { useQrCode } from '../../../hooks/use-qr-code.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useMarkHandedOver } from '../api/mark-handed-over.ts';
import { useRetryMessage } from '../api/retry-message.ts';
import { messageKindLabel } from './message-labels.ts';
import { MessageStatusNote } from './message-status.tsx';

/** What the API lets staff do with a message in each status (it checks again: 409 MESSAGE_STATE_CONFLICT). */
const canHandOver = (message: OutboxMessageView) => message.status === 'manual' || message.status === 'failed' || message.status === 'queued';
/** Sending again needs a mail server: without SMTP_URL it could only fail, so it is not offered. */
const canRetry = (message: OutboxMessageView, emailEnabled: boolean) => emailEnabled && message.channel === 'email' && (message.status === 'failed' || message.status === 'manual');

/** An invitation's link, as its text carries it: what the slip's QR code opens. */
const INVITATION_LINK = /\bhttps?:\/\/\S+#code=[0-9A-Za-z-]+/;

/** One message: its status, its address and text to copy, a slip to print, and what staff can do next. */
export function OutboxMessage({ message, emailEnabled }: { message: OutboxMessageView; /** Whether the server can send email (SMTP_URL); undefined while not known. */ emailEnabled: boolean | undefined }) {
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
          About this message
        </h2>
        <dl className="facts">
          <div>
            <dt>Status</dt>
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
            <dt>What</dt>
            <dd>
              {messageKindLabel[message.kind]}
              <span className="fact-note">{print ? 'A printed slip, to hand over' : 'An email'}</span>
            </dd>
          </div>
          <div>
            <dt>Made</dt>
            <dd>
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </dd>
          </div>
          {message.channel === 'email' ? (
            <div>
              <dt>Tries</dt>
              <dd>
                {message.attempts}
                {message.sentAt ? (
                  <span className="fact-note">
                    Sent <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
                  </span>
                ) : null}
              </dd>
            </div>
          ) : null}
          {message.holderId ? (
            <div>
              <dt>Young carer</dt>
              <dd>
                <Link to={paths.holders.detail.getHref(message.holderId)}>Open their record</Link>
              </dd>
            </div>
          ) : null}
        </dl>
        <MessageActions
          message={message}
          emailEnabled={emailEnabled === true}
          retry={() =>
            retry.mutate(message.id, {
              onSuccess: () => setNotice('Sending it again now. This page shows when it has gone.'),
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
          {print ? 'Text of the slip' : 'The email'}
        </h2>
        {message.codeHidden ? (
          <p className="muted small">
            The code is shown as dots: only the staff member who sent this invitation sees it, and nobody once it has
            been sent or passed on. To give the young carer a code now, use Send card on their page.
          </p>
        ) : null}
        {message.to ? <CopyField label="To" value={message.to} copyLabel="Copy address" copiedMessage="Address copied." /> : null}
        {print ? null : <CopyField label="Subject" value={message.subject} copyLabel="Copy subject" copiedMessage="Subject copied." />}
        <CopyField label="Text" value={message.text} multiline copyLabel="Copy text" copiedMessage="Text copied." />
      </section>

      <ConfirmDialog
        open={confirming}
        title="Mark as passed on?"
        tone="primary"
        confirmLabel="Mark as passed on"
        isPending={handOver.isPending}
        error={handOver.error ? errorMessage(handOver.error) : undefined}
        onClose={closeConfirm}
        onConfirm={() =>
          handOver.mutate(message.id, {
            onSuccess: () => {
              closeConfirm();
              setNotice('Marked as passed on.');
            },
          })
        }
      >
        <p>
          {print
            ? 'Say so once the slip is printed and handed over.'
            : 'Say so once you have sent this text from your own email.'}{' '}
          {message.status === 'queued' ? 'It will not be emailed from here any more.' : null}
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
  if (!canRetry(message, emailEnabled) && !canHandOver(message) && message.channel !== 'print') return null;
  return (
    <>
      {retryError ? (
        <Alert tone="error" title="Could not send it again">
          {retryError}
        </Alert>
      ) : null}
      <div className="button-row">
        {message.channel === 'print' ? (
          <button type="button" className="button" onClick={() => window.print()}>
            Print slip
          </button>
        ) : null}
        {canRetry(message, emailEnabled) ? (
          <button type="button" className="button" onClick={retry} disabled={retrying}>
            {retrying ? 'Sending…' : 'Send again'}
          </button>
        ) : null}
        {canHandOver(message) ? (
          <button type="button" className="button button--secondary" onClick={handOver}>
            Mark as passed on
          </button>
        ) : null}
      </div>
    </>
  );
}

/** A printed slip's text as the slip prints it, with a QR code of its link. */
function MessageSlip({ message }: { message: OutboxMessageView }) {
  const link = INVITATION_LINK.exec(message.text)?.[0] ?? null;
  const qr = useQrCode(link);
  return (
    <section className="page-section" aria-labelledby="slip-title">
      <h2 id="slip-title" className="section-title">
        The slip
      </h2>
      <article className="slip slip--text print-area" aria-label="Printed slip">
        <div className="slip__body" lang={message.language} dir={message.dir}>
          <p className="slip__steps pre-line">{message.text.trim()}</p>
          {qr ? <img className="slip__qr" src={qr} alt="QR code that opens the link" width={160} height={160} /> : null}
        </div>
      </article>
    </section>
  );
}
