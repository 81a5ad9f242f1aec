import { Link } from 'react-router';
import type { ErasureDueItem } from '../../../../../api/src/retention/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { translate } from '../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { fullName } from '../../../lib/format-name.ts';
import { formatCalendarDay } from '../../../i18n/dates.ts';

const SHOWN = 10;

const basisLabel = (basis: ErasureDueItem['basis']) => translate(`retention.due.basis.${basis}`);

/** A calendar date (no time or zone) in the page's language: the same day everywhere. */
function formatDay(value: string): string {
  return formatCalendarDay(value, 'medium');
}

/** For "Needs attention": the records the retention job erases soon. Issuing a new card keeps a record. */
export function ErasureDue({ items, months, withinDays }: { items: ErasureDueItem[]; months: number; withinDays: number }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">{t('retention.due.title', { count: items.length })}</h3>
      <p className="attention-group__hint">
        {t('retention.due.hint', { months, withinDays })}
      </p>
      <ul className="attention-list" aria-label={t('retention.due.label')}>
        {items.slice(0, SHOWN).map(({ holder, dueOn, basis }) => (
          <li key={holder.id}>
            <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link> · {t('retention.due.erased')}{' '}
            <time dateTime={dueOn}>{formatDay(dueOn)}</time> <span className="muted">({basisLabel(basis)})</span>
          </li>
        ))}
      </ul>
      {items.length > SHOWN ? <p className="muted small">{t('retention.due.more', { count: items.length - SHOWN })}</p> : null}
    </div>
  );
}
