import { AppError } from '../errors.ts';
import type { Benefit } from '../generated/sqlite/client.ts';
import { cleanName, cleanText } from '../shared/clean-text.ts';
import type { UpdateBenefitBody } from './schemas.ts';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { field });

function realDate(field: string, value: string | null | undefined): void {
  if (value === null || value === undefined) return;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw invalid(field, `${field} is not a real calendar date (YYYY-MM-DD).`);
}

/**
 * Cleans text and checks what the schema cannot: real dates, ranges the right
 * way round (on the benefit as it will be: `current` is the saved one when
 * changing it).
 */
export function checkedBenefitFields<T extends UpdateBenefitBody>(body: T, current?: Benefit): T {
  const out = { ...body };
  if (typeof out.title === 'string') {
    out.title = cleanName(out.title);
    if (!out.title) throw invalid('title', 'title is empty once invisible characters are removed.');
  }
  for (const key of ['description', 'conditions', 'partnerNote'] as const) {
    if (typeof out[key] === 'string') out[key] = cleanText(out[key]);
  }
  realDate('validFrom', out.validFrom);
  realDate('validTo', out.validTo);
  const merged = { minAge: current?.minAge ?? null, maxAge: current?.maxAge ?? null, validFrom: current?.validFrom ?? null, validTo: current?.validTo ?? null, ...out };
  if (merged.minAge !== null && merged.maxAge !== null && merged.minAge > merged.maxAge) throw invalid('maxAge', 'maxAge is below minAge.');
  if (merged.validFrom && merged.validTo && merged.validFrom > merged.validTo) throw invalid('validTo', 'validTo is before validFrom.');
  return out;
}
