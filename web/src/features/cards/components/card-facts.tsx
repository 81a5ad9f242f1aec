import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { CardStatusBadge, cardStatusDescription } from '../../../components/card-status-badge.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { formatCalendarDate, formatDateTime, formatTimeUntil } from '../../../lib/format-date.ts';
import { statusReasonLabel, suspendReasonLabel } from './card-labels.ts';

/** A card's dates, status and why, and the link its QR code carries. */
export function CardFacts({ card }: { card: CardView }) {
  const reason =
    card.statusReason && (card.status === 'suspended' || card.status === 'revoked')
      ? card.status === 'suspended'
        ? suspendReasonLabel(card.statusReason)
        : statusReasonLabel(card.statusReason)
      : null;

  return (
    <section className="panel" aria-labelledby="card-facts-title">
      <h2 id="card-facts-title" className="section-title">
        About this card
      </h2>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <CardStatusBadge status={card.status} />
            <span className="fact-note">{cardStatusDescription[card.status]}</span>
          </dd>
        </div>
        <div>
          <dt>Issued</dt>
          <dd>
            <time dateTime={card.issuedAt}>{formatDateTime(card.issuedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Expiry</dt>
          <dd>
            <time dateTime={card.expiresOn}>{formatCalendarDate(card.expiresOn)}</time>
            <span className="fact-note">{formatTimeUntil(card.expiresAt)}</span>
          </dd>
        </div>
        {reason ? (
          <div>
            <dt>{card.status === 'suspended' ? 'Why it is suspended' : 'Why it was revoked'}</dt>
            <dd>
              {reason}
              <span className="fact-note">Staff only: never shown to partners or on the card.</span>
            </dd>
          </div>
        ) : null}
        {card.statusChangedAt && card.status !== 'active' ? (
          <div>
            <dt>{card.status === 'suspended' ? 'Suspended' : card.status === 'revoked' ? 'Revoked' : 'Status changed'}</dt>
            <dd>
              <time dateTime={card.statusChangedAt}>{formatDateTime(card.statusChangedAt)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      <CopyField
        label="Verify link"
        value={card.verifyUrl}
        hint="What the card’s QR code opens. It shows whether the card is valid, with the holder’s first name and the expiry date."
      />
      <p className="small">
        <a href={card.verifyUrl} target="_blank" rel="noreferrer">
          Open the verify page<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </section>
  );
}
