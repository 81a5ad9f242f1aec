import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';

type FieldChrome = {
  label: ReactNode;
  /** Shown under the label (or under the input, with hintAfter) and read out with the input. */
  hint?: ReactNode;
  /** Puts the hint under the input, so inputs in a row of fields line up. */
  hintAfter?: boolean;
  /** Shown above the input, tied to it with aria-describedby. */
  error?: string | undefined;
};

function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { inputId, hintId, errorId, describedBy };
}

function FieldFrame({
  inputId,
  hintId,
  errorId,
  label,
  hint,
  hintAfter = false,
  error,
  children,
}: FieldChrome & { inputId: string; hintId: string | undefined; errorId: string | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && !hintAfter ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('ui.field.errorPrefix')}</span>
          {error}
        </p>
      ) : null}
      {children}
      {hint && hintAfter ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export type TextFieldProps = FieldChrome & Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>;

export function TextField({ label, hint, hintAfter, error, id, className, ...inputProps }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame {...ids} label={label} hint={hint} hintAfter={hintAfter ?? false} error={error}>
      <input
        {...inputProps}
        id={ids.inputId}
        className={className ? `input ${className}` : 'input'}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldFrame>
  );
}

export type SelectFieldProps = FieldChrome & SelectHTMLAttributes<HTMLSelectElement>;

export function SelectField({ label, hint, hintAfter, error, id, className, children, ...selectProps }: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame {...ids} label={label} hint={hint} hintAfter={hintAfter ?? false} error={error}>
      <select
        {...selectProps}
        id={ids.inputId}
        className={className ? `input select ${className}` : 'input select'}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

export type TextAreaFieldProps = FieldChrome & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>;

export function TextAreaField({ label, hint, hintAfter, error, id, className, ...textareaProps }: TextAreaFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame {...ids} label={label} hint={hint} hintAfter={hintAfter ?? false} error={error}>
      <textarea
        rows={4}
        {...textareaProps}
        id={ids.inputId}
        className={className ? `input textarea ${className}` : 'input textarea'}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldFrame>
  );
}

/** After a failed check, put the cursor in the first field that needs fixing (once React has drawn the errors). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** A short list of choices, all visible: a fieldset whose legend is the question. */
export function RadioGroupField({
  legend,
  name,
  id,
  options,
  defaultValue,
  hint,
  error,
}: {
  legend: ReactNode;
  name: string;
  /** The first option's id, for a link from the error summary. */
  id?: string;
  /** A disabled option says why in its label (it stays in view, so nobody wonders where it went). */
  options: { value: string; label: ReactNode; disabled?: boolean }[];
  defaultValue?: string;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const groupId = useId();
  const hintId = hint ? `${groupId}-hint` : undefined;
  const errorId = error ? `${groupId}-error` : undefined;
  return (
    <fieldset
      className={error ? 'field radio-group field--invalid' : 'field radio-group'}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('ui.field.errorPrefix')}</span>
          {error}
        </p>
      ) : null}
      <div className="radio-group__options">
        {options.map((option, index) => (
          <label
            key={option.value}
            className={option.disabled ? 'checkbox radio-group__option radio-group__option--disabled' : 'checkbox radio-group__option'}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              disabled={option.disabled}
              id={index === 0 ? id : undefined}
              aria-invalid={error && index === 0 ? true : undefined}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
