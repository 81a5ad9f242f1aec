import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

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
          <span className="visually-hidden">Error: </span>
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

/** After a failed check, put the cursor in the first field that needs fixing (once React has drawn the errors). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
