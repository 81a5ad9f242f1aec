import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { CardStatusBadge, cardStatusDescription } from '../../../components/card-status-badge.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { formatCalendarDate, formatDateTime, formatTimeUntil } from '../../../lib/format-date.ts';
import { statusReasonLabel, suspendReasonLabel } from './card-labels.ts';

/** A card's dates, status and why, and the link its QR code carries. */
export function CardFacts({ card }: { card: CardView }) {
  const { t } = useTranslation();
  const reason =
    card.statusReason && (card.status === 'suspended' || card.status === 'revoked')
      ? card.status === 'suspended'
        ? suspendReasonLabel(card.statusReason)
        : statusReasonLabel(card.statusReason)
      : null;

  return (
    <section className="panel" aria-labelledby="card-facts-title">
      <h2 id="card-facts-title" className="section-title">
        {t('cards.facts.title')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('cards.facts.status')}</dt>
          <dd>
            <CardStatusBadge status={card.status} />
            <span className="fact-note">{t(cardStatusDescription[card.status])}</span>
          </dd>
        </div>
        <div>
          <dt>{t('cards.facts.issued')}</dt>
          <dd>
            <time dateTime={card.issuedAt}>{formatDateTime(card.issuedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('cards.facts.expiry')}</dt>
          <dd>
            <time dateTime={card.expiresOn}>{formatCalendarDate(card.expiresOn)}</time>
            <span className="fact-note">{formatTimeUntil(card.expiresAt)}</span>
          </dd>
        </div>
        {reason ? (
          <div>
            <dt>{card.status === 'suspended' ? t('cards.facts.whySuspended') : t('cards.facts.whyRevoked')}</dt>
            <dd>
              {reason}
              <span className="fact-note">{t('cards.facts.reasonStaffOnly')}</span>
            </dd>
          </div>
        ) : null}
        {card.statusChangedAt && card.status !== 'active' ? (
          <div>
            <dt>{card.status === 'suspended' ? t('cards.status.suspended') : card.status === 'revoked' ? t('cards.status.revoked') : t('cards.facts.statusChanged')}</dt>
            <dd>
              <time dateTime={card.statusChangedAt}>{formatDateTime(card.statusChangedAt)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      <CopyField
        label={t('cards.facts.verifyLink')}
        value={card.verifyUrl}
        hint={t('cards.facts.verifyLinkHint')}
      />
      <p className="small">
        <a href={card.verifyUrl} target="_blank" rel="noreferrer">
          {t('cards.facts.openVerify')}
          <span className="visually-hidden">{t('cards.facts.newTab')}</span>
        </a>
      </p>
    </section>
  );
}
