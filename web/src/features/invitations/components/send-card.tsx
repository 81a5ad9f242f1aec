import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import type { CreatedInvitation } from '../../../../../api/src/invitations/schemas.ts';
import type { MessageChannel } from '../../../../../api/src/outbox/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { RadioGroupField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { paths } from '../../../config/paths.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useCreateInvitation } from '../api/create-invitation.ts';
import { InvitationSlip, type SlipOrganisation } from './invitation-slip.tsx';

type Recipient = {
  /** The name the card prints: the only name a message or slip carries. */
  firstName: string;
  contactEmail: string | null;
  /** The young carer's language: the printed slip is worded in it when the staff app has it (English otherwise). */
  language?: string;
};

/**
 * "Send card": a link and code that let the young carer keep their card on
 * their phone, by email to the contact address or on a printed slip. The
 * answer (the code and link, shown once) replaces the form until dismissed.
 */
export function SendCard({
  card,
  recipient,
  organisation,
  emailEnabled,
}: {
  /** The young carer's current card (active or suspended). */
  card: CardView;
  recipient: Recipient;
  organisation: SlipOrganisation | undefined;
  /** Whether the server can send email; without it an email only waits in the outbox, so a printed slip is the default. */
  emailEnabled: boolean | undefined;
}) {
  const { t } = useTranslation();
  const channelId = useId();
  const create = useCreateInvitation();
  const [sent, setSent] = useState<CreatedInvitation | null>(null);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('channel');
    const channel: MessageChannel = chosen === 'email' ? 'email' : 'print';
    create.mutate({ cardId: card.id, channel }, { onSuccess: setSent });
  }

  if (sent) {
    return (
      <SentInvitation
        sent={sent}
        recipient={recipient}
        organisation={organisation}
        onDismiss={() => {
          create.reset();
          setSent(null);
        }}
      />
    );
  }

  const apiError = create.error;
  const onChannel = apiError instanceof ApiError && apiError.field === 'channel';
  const channelError = onChannel ? errorMessage(apiError) : undefined;
  const email = recipient.contactEmail;
  return (
    <form className="send-card" onSubmit={send} aria-label={t('invitations.send.label')} noValidate>
      <ErrorSummary items={channelError ? [{ message: channelError, fieldId: channelId, fieldName: 'channel' }] : []} focusKey={0} refusal={apiError} />
      {apiError && !onChannel ? (
        <Alert tone="error" title={t('invitations.send.failed')}>
          {errorMessage(apiError)}
        </Alert>
      ) : null}
      {card.status === 'suspended' ? (
        <p className="muted small">
          {t('invitations.send.suspended', { name: recipient.firstName })}
        </p>
      ) : null}
      <RadioGroupField
        key={`${email ?? ''} ${String(emailEnabled)}`}
        legend={t('invitations.send.channel')}
        name="channel"
        id={channelId}
        defaultValue={email && emailEnabled ? 'email' : 'print'}
        error={channelError}
        options={[
          {
            value: 'email',
            disabled: !email,
            label: email ? (
              <>
                {t('invitations.send.emailTo')} <span className="break-anywhere">{email}</span>
                {emailEnabled === false ? <span className="cell-note">{t('invitations.send.emailNotSetUp')}</span> : null}
              </>
            ) : (
              <>
                {t('invitations.send.email')}
                <span className="cell-note">{t('invitations.send.noEmail')}</span>
              </>
            ),
          },
          {
            value: 'print',
            label: (
              <>
                {t('invitations.send.slip')}
                <span className="cell-note">{t('invitations.send.slipNote')}</span>
              </>
            ),
          },
        ]}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('invitations.send.pending') : t('invitations.send.submit')}
        </button>
        <span className="muted small">{t('invitations.send.how')}</span>
      </div>
    </form>
  );
}

/** What was sent, the code and link (this once), and what happens next. Takes focus when it appears. */
function SentInvitation({
  sent,
  recipient,
  organisation,
  onDismiss,
}: {
  sent: CreatedInvitation;
  recipient: Recipient;
  organisation: SlipOrganisation | undefined;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLElement>(null);
  useEffect(() => {
    boxRef.current?.focus();
  }, [sent]);
  const { message, invitation } = sent;
  const messageHref = paths.outbox.detail.getHref(message.id);
  const print = message.channel === 'print';
  const waiting = message.channel === 'email' && message.status === 'manual';

  return (
    <section className="link-notice sent-invitation" aria-labelledby="sent-invitation-title" tabIndex={-1} ref={boxRef}>
      <h3 className="link-notice__title" id="sent-invitation-title">
        {print
          ? t('invitations.sent.slipReady', { name: recipient.firstName })
          : waiting
            ? t('invitations.sent.waiting')
            : t('invitations.sent.onItsWay', { to: message.to })}
      </h3>
      <div className="sent-invitation__next">
        {print ? (
          <p>
            {t('invitations.sent.printBefore', { name: recipient.firstName })} <Link to={messageHref}>{t('invitations.sent.printLink')}</Link>
            {t('invitations.sent.printAfter')}
          </p>
        ) : waiting ? (
          <p className="link-notice__warning">
            <strong>{t('invitations.sent.notSetUp')}</strong> {t('invitations.sent.waitingBefore')} <Link to={messageHref}>{t('invitations.sent.waitingLink')}</Link>
            {t('invitations.sent.waitingMiddle')} <span className="break-anywhere">{message.to}</span>
            {t('invitations.sent.waitingAfter')}
          </p>
        ) : (
          <p>
            {t('invitations.sent.goingBefore')} <Link to={messageHref}>{t('invitations.sent.goingLink')}</Link> {t('invitations.sent.goingAfter')}
          </p>
        )}
      </div>
      <p>
        {t('invitations.sent.onceBefore')} <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
        {t('invitations.sent.onceAfter', { name: recipient.firstName })}
      </p>
      <CopyField label={t('invitations.sent.code')} value={sent.code} copyLabel={t('invitations.sent.copyCode')} copiedMessage={t('invitations.sent.codeCopied')} />
      <CopyField label={t('invitations.sent.link')} value={sent.link} />
      {print ? (
        <>
          <InvitationSlip
            firstName={recipient.firstName}
            link={sent.link}
            code={sent.code}
            expiresAt={invitation.expiresAt}
            organisation={organisation}
            language={recipient.language}
          />
          <div className="button-row">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('invitations.sent.print')}
            </button>
            <button type="button" className="button button--secondary" onClick={onDismiss}>
              {t('invitations.sent.done')}
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onDismiss}>
            {t('invitations.sent.done')}
          </button>
        </div>
      )}
    </section>
  );
}
