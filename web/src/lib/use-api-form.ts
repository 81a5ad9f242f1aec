import { createElement, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Static, TObject } from 'typebox';
import { ErrorSummary, type ErrorSummaryItem } from '../components/ui/error-summary.tsx';
import { apiErrorOnField, fieldRules, fieldsOf, validateForm, type ApiForm, type FieldErrors, type FormValues } from './api-form.ts';

type Common<V extends FormValues, S extends TObject> = {
  /** The last failed request's error (a mutation's `error`): on its field when it names one of this form's. */
  apiError: Error | null;
  /** Called only when every field passes, with what the form holds, the body it makes, and the form (to reset it, say). */
  onSubmit: (values: V, body: Static<S>, element: HTMLFormElement) => void;
};

/** The inputs keep their own text (defaultValue); it is read when the form is sent. */
type Uncontrolled<V extends FormValues, S extends TObject> = Common<V, S> & { initialValues: V };
/** The values live with the caller (a preview draws them as they are typed). */
type Controlled<V extends FormValues, S extends TObject> = Common<V, S> & { values: V; onChange: (values: V) => void };

type TextKey<V> = { [K in keyof V & string]: V[K] extends string ? K : never }[keyof V & string];
type BooleanKey<V> = { [K in keyof V & string]: V[K] extends boolean ? K : never }[keyof V & string];

/**
 * A form checked against the API's body schema (see lib/api-form.ts). Spread
 * `formProps` on the <form>, `field(name)` on each TextField, SelectField or
 * TextAreaField (`inputId(name)` as a RadioGroupField's id); put
 * `errorSummary` first in the form; show `unplacedError` in the form's error
 * alert. The layout stays the form's own.
 *
 * On submit the fields are checked; nothing is sent while one is wrong. Each
 * wrong field's message is shown beside it and, as a link to it, in the
 * GOV.UK error summary at the top, which takes the cursor. When the API
 * refuses, its message goes on the field it names (and into the summary), or
 * into `unplacedError`.
 */
export function useApiForm<V extends FormValues, S extends TObject>(form: ApiForm<V, S>, options: Uncontrolled<V, S> | Controlled<V, S>) {
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();
  const [errors, setErrors] = useState<FieldErrors<V>>({});
  /** Counts failed attempts: each one moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const { apiError } = options;
  const controlled = 'values' in options ? options : null;
  const values = controlled ? controlled.values : (options as Uncontrolled<V, S>).initialValues;
  const onField = apiErrorOnField(apiError, fieldsOf(values));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const sent = controlled ? controlled.values : readForm(element, values, form.asTyped ?? []);
    const found = validateForm(form, sent);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    options.onSubmit(sent, form.toBody(sent), element);
  }

  const error = (name: keyof V & string): string | undefined => errors[name] ?? (onField?.field === name ? onField.message : undefined);
  /** The id of a field's input, which the error summary links to. */
  const inputId = (name: keyof V & string): string => `${formId}-${name}`;
  const summaryItems: ErrorSummaryItem[] = fieldsOf(values).flatMap((name) => {
    const message = error(name);
    return message ? [{ message, fieldId: inputId(name), fieldName: name }] : [];
  });

  /** Name, text, error and the schema's limits, for a TextField, SelectField or TextAreaField. */
  function field<K extends TextKey<V>>(name: K) {
    const rules = fieldRules(form, values, name);
    const text = values[name] as string;
    return {
      name,
      id: inputId(name),
      error: error(name),
      ...(controlled
        ? { value: text, onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => controlled.onChange({ ...controlled.values, [name]: event.currentTarget.value }) }
        : { defaultValue: text }),
      ...(rules.required ? { required: true } : {}),
      ...(rules.maxLength !== undefined && !form.asTyped?.includes(name) ? { maxLength: rules.maxLength } : {}),
      ...(rules.minimum !== undefined ? { min: rules.minimum } : {}),
      ...(rules.maximum !== undefined ? { max: rules.maximum } : {}),
    };
  }

  /** For an <input type="checkbox">. */
  function checkbox<K extends BooleanKey<V>>(name: K) {
    return { type: 'checkbox' as const, name, id: inputId(name), defaultChecked: values[name] as boolean };
  }

  return {
    formProps: { ref: formRef, onSubmit: handleSubmit, noValidate: true },
    field,
    checkbox,
    error,
    inputId,
    /** "There is a problem", with a link to each wrong field: first in the form. */
    // The API found something the form did not (a name in use, say): a new refusal also moves the cursor there.
    errorSummary: createElement(ErrorSummary, { items: summaryItems, focusKey: failedAttempts, refusal: apiError }),
    /** The API's error when it is about no field of this form, for the error alert above the fields. */
    unplacedError: apiError && !onField ? apiError : null,
    clearErrors: () => setErrors({}),
  };
}

/** The form's fields as sent: text trimmed at both ends (line breaks inside stay) unless kept as typed, checkboxes as ticked or not. */
function readForm<V extends FormValues>(element: HTMLFormElement, shape: V, asTyped: readonly string[]): V {
  const data = new FormData(element);
  const read: FormValues = {};
  for (const name of fieldsOf(shape)) {
    const text = String(data.get(name) ?? '');
    read[name] = typeof shape[name] === 'boolean' ? data.get(name) !== null : asTyped.includes(name) ? text : text.trim();
  }
  return read as V;
}
