import { useRef, useState, type FormEvent } from 'react';
import type { CardStatus } from '../../../../../api/src/cards/schemas.ts';
import { cardStatusLabel, isCardStatus } from '../../../components/card-status-badge.tsx';
import { focusFirstInvalid, SelectField, TextField } from '../../../components/ui/field.tsx';

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
  const formRef = useRef<HTMLFormElement>(null);
  const [daysError, setDaysError] = useState<string | undefined>();
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
      setDaysError(`Enter a whole number of days from 0 to ${EXPIRY_MAX_DAYS}, or leave it empty.`);
      focusFirstInvalid(formRef.current);
      return;
    }
    setDaysError(undefined);
    onApply(next);
  }

  return (
    <form
      key={JSON.stringify(values)}
      ref={formRef}
      className="filters"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Filter the cards"
    >
      <div className="filters__grid">
        <SelectField label="Status" name="status" defaultValue={values.status}>
          <option value="">Any status</option>
          {(Object.keys(cardStatusLabel) as CardStatus[]).map((status) => (
            <option key={status} value={status}>
              {cardStatusLabel[status]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Expiring within (days)"
          name="expiringWithinDays"
          type="number"
          inputMode="numeric"
          min={0}
          max={EXPIRY_MAX_DAYS}
          step={1}
          defaultValue={values.expiringWithinDays}
          hint="For example 30. Only current cards, soonest first."
          hintAfter
          error={daysError}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Apply filters
        </button>
        {values.expiringWithinDays !== '30' ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onApply({ status: '', expiringWithinDays: '30' })}
          >
            Expiring in the next 30 days
          </button>
        ) : null}
        {filtered ? (
          <button type="button" className="button button--secondary" onClick={() => onApply({ status: '', expiringWithinDays: '' })}>
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}
