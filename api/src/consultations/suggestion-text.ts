import { AppError } from '../errors.ts';
import { cleanName, cleanText } from '../shared/clean-text.ts';

/**
 * Control characters (other than line breaks and tabs) and bidi embeddings,
 * overrides and isolates: text with them is refused outright rather than
 * cleaned, so what staff read is what the young carer saw they typed, and a
 * published wording can never be made to render as something else.
 */
const REFUSED = /(?![\n\r\t])\p{Cc}|[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** Free text a young carer or staff wrote for co-production, checked and cleaned; `field` names it in the error. */
export function checkedFreeText(value: string, options: { field: string; max: number; label: string }): string {
  if (REFUSED.test(value)) throw new AppError('VALIDATION_FAILED', `The ${options.label} has characters we cannot show. Please type it again.`, { field: options.field });
  const text = cleanText(value);
  if (cleanName(text) === '') throw new AppError('VALIDATION_FAILED', `Please write the ${options.label}.`, { field: options.field });
  if (text.length > options.max) throw new AppError('VALIDATION_FAILED', `Please write at most ${options.max} characters.`, { field: options.field });
  return text;
}

/** A one-line text (a question, an option's label): the same refusal, cleaned as a name. */
export function checkedLine(value: string, options: { field: string; max: number; label: string }): string {
  if (REFUSED.test(value)) throw new AppError('VALIDATION_FAILED', `The ${options.label} has characters we cannot show. Please type it again.`, { field: options.field });
  const text = cleanName(value);
  if (text === '') throw new AppError('VALIDATION_FAILED', `Please write the ${options.label}.`, { field: options.field });
  if (text.length > options.max) throw new AppError('VALIDATION_FAILED', `Please write at most ${options.max} characters.`, { field: options.field });
  return text;
}
