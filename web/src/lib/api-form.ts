import type { Static, TObject, TSchema } from 'typebox';
import { Errors } from 'typebox/schema';
import { translate } from '../i18n/start-i18n.ts';
import { ApiError, errorMessage } from './api-client.ts';

/**
 * The one way the web app checks a form: against the API's own TypeBox body
 * schema (api/src/<feature>/schemas.ts), so a field's rules (required, length
 * limits, patterns, ranges) are written once, there. A form supplies only:
 *
 * - `toBody`: how the text in its inputs becomes the request body (an empty
 *   optional field is null, an age is a number...). What fails the schema is
 *   what the API would refuse.
 * - `messages`: what to tell the person when a field fails, in words: a
 *   catalogue key (`holders.form.errors.givenNameRequired`, shown in the page's
 *   language) or a function that may read the limits from the schema
 *   (`(rules) => ...`).
 * - `check`, optionally: rules the body schema cannot state, such as one
 *   field against another or against today.
 *
 * useApiForm (web/src/lib/use-api-form.ts) runs this on submit and puts the
 * API's own field errors on the same fields.
 */

/** What a form holds: each field as the text in its input, or a checkbox's tick. */
export type FormValues = Record<string, string | boolean>;

export type FieldErrors<V extends FormValues> = Partial<Record<keyof V & string, string>>;

/** What a field's schema allows, for the input's own attributes and for messages. */
export type FieldRules = {
  /** Left empty, the field would fail: the input is marked required. */
  required: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};

/** A message, or one made from the field's rules (its limits) and the text it holds. */
type Message = string | ((rules: FieldRules, value: string) => string);

/**
 * Messages for one field, by what failed: `required` when it was left empty,
 * a schema keyword (`pattern`, `format`, `enum`, `maxLength`, `maximum`...)
 * otherwise, and `invalid` for any failure without its own message.
 * `maxLength` and `minLength` have a default.
 */
export type FieldMessages = { required?: Message; invalid?: Message } & Partial<Record<string, Message>>;

export type ApiForm<V extends FormValues, S extends TObject> = {
  /** The API's body schema. Its properties are named as the form's fields. */
  schema: S;
  toBody: (values: V) => Static<S>;
  messages: { [K in keyof V]?: FieldMessages };
  /**
   * Rules the schema cannot state (one field against another, or against
   * today; a field the body does not carry, such as a password's
   * confirmation). Gets the body, the errors the schema found (so it can skip
   * fields already wrong) and what the form holds.
   */
  check?: (body: Static<S>, found: FieldErrors<V>, values: V) => FieldErrors<V>;
  /**
   * Fields read exactly as typed (passwords); every other text field is
   * trimmed at both ends. Their inputs get no maxLength, which would cut a
   * pasted password short without a word: the schema's limit is checked on submit.
   */
  asTyped?: readonly (keyof V & string)[];
};

/** Typed by its arguments, so a form's spec reads as one object. */
export function defineApiForm<V extends FormValues, S extends TObject>(form: ApiForm<V, S>): ApiForm<V, S> {
  return form;
}

const DEFAULT_MESSAGES: Record<string, (rules: FieldRules) => string> = {
  maxLength: (rules) => translate('errors.form.maxLength', { limit: rules.maxLength }),
  minLength: (rules) => translate('errors.form.minLength', { limit: rules.minLength }),
};
const fallback = () => translate('errors.form.fallback');

/** Every field that fails, with its message; empty when the form can be sent. */
export function validateForm<V extends FormValues, S extends TObject>(form: ApiForm<V, S>, values: V): FieldErrors<V> {
  const body = form.toBody(values);
  const errors: FieldErrors<V> = {};
  for (const field of fieldsOf(values)) {
    const failure = fieldFailure(form.schema, field, (body as Record<string, unknown>)[field]);
    if (failure === null) continue;
    const empty = isEmpty(values[field], form.asTyped?.includes(field) ?? false);
    const messages: FieldMessages = form.messages[field] ?? {};
    const chosen = (empty ? messages.required : undefined) ?? messages[failure] ?? messages.invalid;
    const rules = fieldRules(form, values, field);
    errors[field] =
      chosen === undefined ? (DEFAULT_MESSAGES[failure]?.(rules) ?? fallback()) : typeof chosen === 'string' ? translate(chosen) : chosen(rules, String(values[field]));
  }
  for (const [field, message] of Object.entries(checked(form, body, errors, values))) {
    if (message && !errors[field as keyof V & string]) errors[field as keyof V & string] = translate(message);
  }
  return errors;
}

function checked<V extends FormValues, S extends TObject>(form: ApiForm<V, S>, body: Static<S>, found: FieldErrors<V>, values: V): FieldErrors<V> {
  return form.check ? form.check(body, { ...found }, values) : {};
}

/** What the schema allows for one field (for `maxLength`, `min`, `required` on its input). */
export function fieldRules<V extends FormValues, S extends TObject>(form: ApiForm<V, S>, values: V, field: keyof V & string): FieldRules {
  const schema = valueSchema(form.schema.properties[field]);
  const rules: FieldRules = { required: false };
  for (const key of ['minLength', 'maxLength', 'minimum', 'maximum'] as const) {
    const limit = (schema as Record<string, unknown> | undefined)?.[key];
    if (typeof limit === 'number') rules[key] = limit;
  }
  if (typeof values[field] === 'string') {
    const emptiedValues = { ...values, [field]: '' };
    const emptied = form.toBody(emptiedValues);
    rules.required =
      fieldFailure(form.schema, field, (emptied as Record<string, unknown>)[field]) !== null || checked(form, emptied, {}, emptiedValues)[field] !== undefined;
  }
  return rules;
}

/**
 * The API's answer names a field this form has (`{ error: { field } }`): its
 * message belongs on that field. Anything else is for the form's error summary.
 */
export function apiErrorOnField(error: unknown, fields: readonly string[]): { field: string; message: string } | null {
  if (!(error instanceof ApiError) || error.field === undefined || !fields.includes(error.field)) return null;
  return { field: error.field, message: errorMessage(error) };
}

export function fieldsOf<V extends FormValues>(values: V): (keyof V & string)[] {
  return Object.keys(values) as (keyof V & string)[];
}

/** Left empty: nothing, or (for text that is trimmed before it is sent) only spaces. */
function isEmpty(value: string | boolean | undefined, asTyped: boolean): boolean {
  return typeof value === 'string' && (asTyped ? value : value.trim()) === '';
}

/** The keyword the field's value fails (the most telling one), or null when it passes. */
function fieldFailure(object: TObject, field: string, value: unknown): string | null {
  const schema: TSchema | undefined = object.properties[field];
  if (schema === undefined) return null; // a form field the body does not carry
  if (value === undefined) return (object.required ?? []).includes(field) ? 'required' : null;
  const [, failures] = Errors(schema, value);
  if (failures.length === 0) return null;
  // An optional field is "a string or null": of a failing string, say what is wrong with the string, not that it is not null.
  const telling = failures.find((failure) => failure.keyword !== 'anyOf' && !(failure.keyword === 'type' && failure.params.type === 'null'));
  return (telling ?? failures[0])?.keyword ?? 'invalid';
}

/** The schema of a field's value: for "this or null", the "this". */
function valueSchema(schema: TSchema | undefined): TSchema | undefined {
  const anyOf = (schema as { anyOf?: TSchema[] } | undefined)?.anyOf;
  if (!anyOf) return schema;
  return anyOf.find((option) => (option as { type?: unknown }).type !== 'null');
}
