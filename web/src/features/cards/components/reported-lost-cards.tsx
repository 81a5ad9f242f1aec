import { Link } from 'react-router';
import type { CardListItem } from '../../../../../api/src/cards/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { fullName } from '../../../lib/format-name.ts';

const SHOWN = 5;

/** For "Needs attention": cards young carers froze from their phone. Staff resume or reissue each one on its page. */
export function ReportedLostCards({ items, total }: { items: CardListItem[]; total: number }) {
  if (total === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">{total === 1 ? '1 card reported lost' : `${total} cards reported lost`}</h3>
      <p className="attention-group__hint">
        Frozen by the young carer from their phone: resume the card if it turns up, or reissue a new one.
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
                · reported <time dateTime={card.statusChangedAt}>{formatDate(card.statusChangedAt)}</time>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {total > SHOWN ? <p className="muted small">And {total - SHOWN} more.</p> : null}
    </div>
  );
}
