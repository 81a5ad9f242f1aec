import { Link } from 'react-router';
import type { CardListItem } from '../../../../../api/src/cards/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { fullName } from '../../../lib/format-name.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

const SHOWN = 5;

/** For "Needs attention": cards young carers froze from their phone. Staff resume or reissue each one on its page. */
export function ReportedLostCards({ items, total }: { items: CardListItem[]; total: number }) {
  const { t, rich } = useTranslation();
  if (total === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">{t('cards.reportedLost.count', { total })}</h3>
      <p className="attention-group__hint">
        {t('cards.reportedLost.hint')}
      </p>
      <ul className="attention-list">
        {items.slice(0, SHOWN).map(({ card, holder }) => (
          <li key={card.id}>
            <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link> ·{' '}
            <Link className="card-number" to={paths.cards.detail.getHref(card.id)}>
              {card.number}
            </Link>
            {card.statusChangedAt ? (
              <>
                {' '}
                · {rich('cards.reportedLost.on', { time: () => <time key="time" dateTime={card.statusChangedAt ?? undefined}>{formatDate(card.statusChangedAt ?? '')}</time> })}
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {total > SHOWN ? <p className="muted small">{t('cards.reportedLost.more', { more: total - SHOWN })}</p> : null}
    </div>
  );
}
