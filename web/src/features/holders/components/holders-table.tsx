import { Link } from 'react-router';
import type { HolderSummary } from '../../../../../api/src/holders/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { paths } from '../../../config/paths.ts';
import { ageOn, formatCalendarDate } from '../../../lib/format-date.ts';
import { fullName, preferredNameNote } from '../../../lib/format-name.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

export function HoldersTable({ holders }: { holders: HolderSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('holders.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('holders.table.name')}</th>
            <th scope="col">{t('holders.form.dateOfBirth')}</th>
            <th scope="col">{t('holders.form.reference')}</th>
            <th scope="col">{t('holders.table.currentCard')}</th>
          </tr>
        </thead>
        <tbody>
          {holders.map((holder) => {
            const preferred = preferredNameNote(holder);
            const age = ageOn(holder.dateOfBirth);
            return (
              <tr key={holder.id}>
                <th scope="row" data-label={t('holders.table.name')}>
                  <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link>
                  {preferred ? <span className="cell-note">{preferred}</span> : null}
                </th>
                <td data-label={t('holders.form.dateOfBirth')}>
                  <span className="nowrap">{formatCalendarDate(holder.dateOfBirth)}</span>
                  {age !== undefined ? <span className="cell-note">{t('holders.table.age', { age })}</span> : null}
                </td>
                <td data-label={t('holders.form.reference')} className="break-anywhere">
                  {holder.reference ?? <span className="muted">–</span>}
                </td>
                <td data-label={t('holders.table.currentCard')}>
                  {holder.currentCard ? (
                    <span className="card-cell">
                      <span className="card-number">{holder.currentCard.number}</span>{' '}
                      <CardStatusBadge status={holder.currentCard.status} />
                      <span className="cell-note">
                        {t('holders.table.expires')} <time dateTime={holder.currentCard.expiresOn}>{formatCalendarDate(holder.currentCard.expiresOn)}</time>
                      </span>
                    </span>
                  ) : (
                    <span className="muted">{t('holders.table.noCard')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
