import { useId, useState, type ChangeEvent } from 'react';
import { isCalendarDate } from '../../../../api/src/shared/calendar.ts';

/**
 * How a date field's three boxes are held in the form: `year-month-day` as
 * typed, with day and month padded to two digits. A complete real date is
 * therefore a plain `YYYY-MM-DD`, all three empty is `''`, and anything in
 * between (`2013--17`) stays readable by `dateFieldProblem`, which says
 * which part is missing.
 */
export function joinDateParts(day: string, month: string, year: string): string {
  const d = day.trim();
  const m = month.trim();
  const y = year.trim();
  if (!d && !m && !y) return '';
  const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);
  return `${y}-${pad(m)}-${pad(d)}`;
}

function splitDate(value: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = value.split('-');
  return { day, month, year };
}

/**
 * The GOV.UK date-input messages for a field holding `joinDateParts`' value,
 * or null when it is a real date (or empty: whether it is required is the
 * schema's to say). `label` starts the sentence: "Date of birth must include a month".
 */
export function dateFieldProblem(label: string, value: string): string | null {
  if (value === '') return null;
  const { day, month, year } = splitDate(value);
  const missing = [day ? null : 'a day', month ? null : 'a month', year ? null : 'a year'].filter(Boolean);
  if (missing.length === 1) return `${label} must include ${missing[0]}`;
  if (missing.length === 2) return `${label} must include ${missing[0]} and ${missing[1]}`;
  if (!/^\d{4}$/.test(year) || !isCalendarDate(value)) return `${label} must be a real date`;
  return null;
}

/**
 * A date as three boxes (day, month, year) in a fieldset whose legend is the
 * question, as GOV.UK asks for dates people know (a date of birth): the same
 * in every browser locale, unlike <input type="date">. A hidden input named
 * `name` holds `joinDateParts`' value for the form; `id` goes on the day box,
 * so an error summary link lands there.
 */
export function DateField({
  legend,
  name,
  id,
  defaultValue = '',
  hint = 'For example, 27 3 2012',
  error,
}: {
  legend: string;
  name: string;
  id?: string;
  defaultValue?: string;
  hint?: string;
  error?: string | undefined;
}) {
  const generated = useId();
  const dayId = id ?? generated;
  const hintId = `${dayId}-hint`;
  const errorId = `${dayId}-error`;
  const [parts, setParts] = useState(() => splitDate(defaultValue));
  const set = (part: keyof typeof parts) => (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    setParts((current) => ({ ...current, [part]: text }));
  };
  const invalid = error ? true : undefined;
  const box = (part: keyof typeof parts, label: string, width: string, boxId?: string) => (
    <div className="date-field__item">
      <label className="date-field__label" htmlFor={boxId ?? `${dayId}-${part}`}>
        {label}
      </label>
      <input
        id={boxId ?? `${dayId}-${part}`}
        name={`${name}-${part}`}
        className={`input date-field__input ${width}`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={part === 'year' ? 4 : 2}
        value={parts[part]}
        onChange={set(part)}
        aria-invalid={invalid}
      />
    </div>
  );

  return (
    <fieldset
      className={error ? 'field date-field field--invalid' : 'field date-field'}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="field__label">{legend}</legend>
      <div className="field__hint" id={hintId}>
        {hint}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="date-field__parts">
        {box('day', 'Day', 'date-field__input--2', dayId)}
        {box('month', 'Month', 'date-field__input--2')}
        {box('year', 'Year', 'date-field__input--4')}
      </div>
      <input type="hidden" name={name} value={joinDateParts(parts.day, parts.month, parts.year)} />
    </fieldset>
  );
}
