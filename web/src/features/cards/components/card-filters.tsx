import { useId, useState, type FormEvent } from 'react';
import type { CardStatus } from '../../../../../api/src/cards/schemas.ts';
import { cardStatusLabel, isCardStatus } from '../../../components/card-status-badge.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** The filters as kept in the URL. */
export type CardFilterValues = { status: CardStatus | ''; expiringWithinDays: string };

export const EXPIRY_MAX_DAYS = 3650;

export function CardFiltersForm({
  values,
  onApply,
}: {
  values: CardFilterValues;
  onApply: (values: CardFilterValues) => void;
}) {
  const { t } = useTranslation();
  const daysId = useId();
  const [daysError, setDaysError] = useState<string | undefined>();
  /** Counts refused attempts: each one moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const filtered = Boolean(values.status || values.expiringWithinDays);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = String(data.get('status') ?? '');
    const next: CardFilterValues = {
      status: isCardStatus(status) ? status : '',
      expiringWithinDays: String(data.get('expiringWithinDays') ?? '').trim(),
    };
    const days = Number(next.expiringWithinDays);
    if (next.expiringWithinDays && (!Number.isInteger(days) || days < 0 || days > EXPIRY_MAX_DAYS)) {
      setDaysError(t('cards.filters.daysError', { max: EXPIRY_MAX_DAYS }));
      setFailedAttempts((n) => n + 1);
      return;
    }
    setDaysError(undefined);
    onApply(next);
  }

  return (
    <form
      key={JSON.stringify(values)}
      className="filters"
      onSubmit={handleSubmit}
      noValidate
      aria-label={t('cards.filters.label')}
    >
      <ErrorSummary items={daysError ? [{ message: daysError, fieldId: daysId }] : []} focusKey={failedAttempts} />
      <div className="filters__grid">
        <SelectField label={t('cards.facts.status')} name="status" defaultValue={values.status}>
          <option value="">{t('cards.filters.anyStatus')}</option>
          {(Object.keys(cardStatusLabel) as CardStatus[]).map((status) => (
            <option key={status} value={status}>
              {t(cardStatusLabel[status])}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('cards.filters.expiringWithin')}
          id={daysId}
          name="expiringWithinDays"
          type="number"
          inputMode="numeric"
          min={0}
          max={EXPIRY_MAX_DAYS}
          step={1}
          defaultValue={values.expiringWithinDays}
          hint={t('cards.filters.expiringHint')}
          hintAfter
          error={daysError}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('cards.filters.apply')}
        </button>
        {values.expiringWithinDays !== '30' ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onApply({ status: '', expiringWithinDays: '30' })}
          >
            {t('cards.filters.next30')}
          </button>
        ) : null}
        {filtered ? (
          <button type="button" className="button button--secondary" onClick={() => onApply({ status: '', expiringWithinDays: '' })}>
            {t('cards.filters.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
