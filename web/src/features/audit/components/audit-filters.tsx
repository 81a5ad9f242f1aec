import { useId, useRef, useState, type FormEvent } from 'react';
import { focusFirstInvalid, SelectField, TextField } from '../../../components/ui/field.tsx';
import type { AuditFilters } from '../api/get-audit-events.ts';
import { auditActionSuggestions } from './audit-actions.ts';

/** The filter form's values, as kept in the page's URL (dates as yyyy-mm-dd, local time). */
export type AuditFilterValues = { action: string; actorId: string; from: string; to: string };

export const FILTER_KEYS = ['action', 'actorId', 'from', 'to'] as const;

export type ActorOption = { id: string; label: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** From the first moment of `from` to the last of `to`, in the browser's time zone. */
export function toAuditFilters(values: AuditFilterValues): AuditFilters {
  const filters: AuditFilters = {};
  if (values.action) filters.action = values.action;
  if (values.actorId) filters.actorId = values.actorId;
  if (DATE.test(values.from)) filters.from = new Date(`${values.from}T00:00:00`).toISOString();
  if (DATE.test(values.to)) filters.to = new Date(`${values.to}T23:59:59.999`).toISOString();
  return filters;
}

export function AuditFiltersForm({
  values,
  actors,
  onApply,
}: {
  values: AuditFilterValues;
  /** People to filter by; undefined while they load. */
  actors: ActorOption[] | undefined;
  onApply: (values: AuditFilterValues) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const suggestionsId = useId();
  const [toError, setToError] = useState<string | undefined>();
  const hasFilters = Object.values(values).some(Boolean);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: AuditFilterValues = {
      action: String(data.get('action') ?? '').trim(),
      actorId: String(data.get('actorId') ?? ''),
      from: String(data.get('from') ?? ''),
      to: String(data.get('to') ?? ''),
    };
    if (next.from && next.to && next.to < next.from) {
      setToError('The end date must be on or after the start date.');
      focusFirstInvalid(formRef.current);
      return;
    }
    setToError(undefined);
    onApply(next);
  }

  // An actor id from the URL that is not (yet) in the list still gets an option, so it stays selected.
  const known = actors ?? [];
  const actorOptions =
    values.actorId && !known.some((actor) => actor.id === values.actorId)
      ? [...known, { id: values.actorId, label: actors ? values.actorId : 'Loading…' }]
      : known;

  return (
    // Keyed on the values, so the form shows what the URL says after back/forward.
    <form
      key={JSON.stringify(values)}
      ref={formRef}
      className="filters"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Filter the audit log"
    >
      <div className="filters__grid">
        <TextField
          label="Action"
          name="action"
          defaultValue={values.action}
          list={suggestionsId}
          autoComplete="off"
          spellCheck={false}
          hint="Exact, or a group ending in a dot, such as staff."
          hintAfter
        />
        <datalist id={suggestionsId}>
          {auditActionSuggestions.map((suggestion) => (
            <option key={suggestion.value} value={suggestion.value}>
              {suggestion.label}
            </option>
          ))}
        </datalist>
        <SelectField label="Actor" name="actorId" defaultValue={values.actorId}>
          <option value="">Anyone</option>
          {actorOptions.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.label}
            </option>
          ))}
        </SelectField>
        <TextField label="From" name="from" type="date" defaultValue={values.from} />
        <TextField label="To" name="to" type="date" defaultValue={values.to} error={toError} />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Apply filters
        </button>
        {hasFilters ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onApply({ action: '', actorId: '', from: '', to: '' })}
          >
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}
