import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import type { CreatedInvitation } from '../../../../../api/src/invitations/schemas.ts';
import type { MessageChannel } from '../../../../../api/src/outbox/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { RadioGroupField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useCreateInvitation } from '../api/create-invitation.ts';
import { InvitationSlip, type SlipOrganisation } from './invitation-slip.tsx';

type Recipient = {
  /** The name the card prints: the only name a message or slip carries. */
  firstName: string;
  contactEmail: string | null;
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
  const email = recipient.contactEmail;
  return (
    <form className="send-card" onSubmit={send} aria-label="Send the card">
      {apiError && !onChannel ? (
        <Alert tone="error" title="Could not send the card">
          {errorMessage(apiError)}
        </Alert>
      ) : null}
      {card.status === 'suspended' ? (
        <p className="muted small">
          This card is suspended: {recipient.firstName} will see it as frozen, with no QR code, until it is resumed.
        </p>
      ) : null}
      <RadioGroupField
        key={`${email ?? ''} ${String(emailEnabled)}`}
        legend="How should it reach them?"
        name="channel"
        defaultValue={email && emailEnabled ? 'email' : 'print'}
        error={onChannel ? apiError.message : undefined}
        options={[
          {
            value: 'email',
            disabled: !email,
            label: email ? (
              <>
                Email to <span className="break-anywhere">{email}</span>
                {emailEnabled === false ? (
                  <span className="cell-note">
                    Email is not set up on this server: it would wait in the outbox for you to copy into your own email.
                  </span>
                ) : null}
              </>
            ) : (
              <>
                Email
                <span className="cell-note">
                  They have no contact email. Add one to their details to send it by email, or print a slip.
                </span>
              </>
            ),
          },
          {
            value: 'print',
            label: (
              <>
                Printed slip
                <span className="cell-note">To hand over in person, with the link, a QR code and the code.</span>
              </>
            ),
          },
        ]}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Sending…' : 'Send card'}
        </button>
        <span className="muted small">
          They open it with their date of birth. A code opens the card on one phone, once: for a second phone, send
          again. Each send makes a new link and code; earlier unused ones keep working until they run out or are
          withdrawn.
        </span>
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
        {print ? `Slip ready to print for ${recipient.firstName}` : waiting ? 'Email waiting in the outbox' : `Email on its way to ${message.to}`}
      </h3>
      <div className="sent-invitation__next">
        {print ? (
          <p>
            Print the slip below and give it to {recipient.firstName} or their family in person. Then{' '}
            <Link to={messageHref}>mark it as passed on in the outbox</Link>.
          </p>
        ) : waiting ? (
          <p className="link-notice__warning">
            <strong>Email is not set up on this server, so nothing has been sent yet.</strong> Open{' '}
            <Link to={messageHref}>the message in the outbox</Link>, copy its text into your own email to{' '}
            <span className="break-anywhere">{message.to}</span>, then mark it as passed on.
          </p>
        ) : (
          <p>
            It goes in the next few seconds. <Link to={messageHref}>The outbox</Link> shows when the mail server has
            accepted it, or why it could not.
          </p>
        )}
      </div>
      <p>
        The code and link are shown here once (they are also in the message, in the outbox). You can read the code out over
        the phone. They work until <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>, and
        only with {recipient.firstName}’s date of birth.
      </p>
      <CopyField label="Code" value={sent.code} copyLabel="Copy code" copiedMessage="Code copied." />
      <CopyField label="Link" value={sent.link} />
      {print ? (
        <>
          <InvitationSlip
            firstName={recipient.firstName}
            link={sent.link}
            code={sent.code}
            expiresAt={invitation.expiresAt}
            organisation={organisation}
          />
          <div className="button-row">
            <button type="button" className="button" onClick={() => window.print()}>
              Print slip
            </button>
            <button type="button" className="button button--secondary" onClick={onDismiss}>
              Done
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onDismiss}>
            Done
          </button>
        </div>
      )}
    </section>
  );
}
