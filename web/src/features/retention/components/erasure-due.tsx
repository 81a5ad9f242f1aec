import { Link } from 'react-router';
import type { ErasureDueItem } from '../../../../../api/src/retention/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';
import { fullName } from '../../../lib/format-name.ts';

const SHOWN = 10;

const basisLabel: Record<ErasureDueItem['basis'], string> = {
  last_card_ended: 'after their last card ended',
  record_changed: 'no card; after the record last changed',
};

/** For "Needs attention": the records the retention job erases soon. Issuing a new card keeps a record. */
export function ErasureDue({ items, months, withinDays }: { items: ErasureDueItem[]; months: number; withinDays: number }) {
  if (items.length === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">{items.length === 1 ? '1 record due for erasure' : `${items.length} records due for erasure`}</h3>
      <p className="attention-group__hint">
        Records are erased {months} {months === 1 ? 'month' : 'months'} after the last card ended. These are due within {withinDays} days; a new
        card keeps a record.
      </p>
      <ul className="attention-list" aria-label="Records due for erasure">
        {items.slice(0, SHOWN).map(({ holder, dueOn, basis }) => (
          <li key={holder.id}>
            <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link> · erased{' '}
            <time dateTime={dueOn}>{formatCalendarDate(dueOn)}</time> <span className="muted">({basisLabel[basis]})</span>
          </li>
        ))}
      </ul>
      {items.length > SHOWN ? <p className="muted small">And {items.length - SHOWN} more.</p> : null}
    </div>
  );
}
