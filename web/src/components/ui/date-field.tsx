import { useId, useState, type ChangeEvent } from 'react';
import { isCalendarDate } from '../../../../api/src/shared/calendar.ts';
import { translate } from '../../i18n/start-i18n.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

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
 * schema's to say), in the page's language. `label` names the field: "Date of birth must include a month".
 */
export function dateFieldProblem(label: string, value: string): string | null {
  if (value === '') return null;
  const { day, month, year } = splitDate(value);
  // One message per combination, so each language can word it whole.
  const missing = [day ? '' : 'Day', month ? '' : 'Month', year ? '' : 'Year'].join('');
  if (missing === 'DayMonthYear') return translate('ui.date.notReal', { label });
  if (missing) return translate(`ui.date.missing${missing}`, { label });
  if (!/^\d{4}$/.test(year) || !isCalendarDate(value)) return translate('ui.date.notReal', { label });
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
  hint,
  error,
  onChange,
}: {
  legend: string;
  name: string;
  id?: string;
  defaultValue?: string;
  hint?: string;
  error?: string | undefined;
  /** Called with `joinDateParts`' value as the boxes change, for a form that keeps its values itself. */
  onChange?: (value: string) => void;
}) {
  const { t } = useTranslation();
  const generated = useId();
  const dayId = id ?? generated;
  const hintId = `${dayId}-hint`;
  const errorId = `${dayId}-error`;
  const [parts, setParts] = useState(() => splitDate(defaultValue));
  const set = (part: keyof typeof parts) => (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    const next = { ...parts, [part]: text };
    setParts(next);
    onChange?.(joinDateParts(next.day, next.month, next.year));
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
        {hint ?? t('ui.date.hint')}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('ui.field.errorPrefix')}</span>
          {error}
        </p>
      ) : null}
      <div className="date-field__parts">
        {box('day', t('ui.date.day'), 'date-field__input--2', dayId)}
        {box('month', t('ui.date.month'), 'date-field__input--2')}
        {box('year', t('ui.date.year'), 'date-field__input--4')}
      </div>
      <input type="hidden" name={name} value={joinDateParts(parts.day, parts.month, parts.year)} />
    </fieldset>
  );
}
