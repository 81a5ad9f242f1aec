import type { ErrorSummaryItem } from '../../../components/ui/error-summary.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';

/**
 * For a hand-written form: what the form found itself (`found`, by field)
 * and what the API refused (`error`, on the field it names), as the message
 * beside each field and the error summary's links, in the form's order
 * (`ids`: field name → input id). `unplaced` is an API refusal about no field
 * of this form, for the form's error alert.
 */
export function formErrors(ids: Record<string, string>, found: Partial<Record<string, string>>, error: unknown) {
  const refused = error instanceof ApiError && error.field !== undefined ? error.field : null;
  const errorFor = (field: string): string | undefined => found[field] ?? (refused === field ? errorMessage(error) : undefined);
  const items: ErrorSummaryItem[] = Object.entries(ids).flatMap(([field, fieldId]) => {
    const message = errorFor(field);
    return message ? [{ message, fieldId, fieldName: field }] : [];
  });
  const unplaced = error && !(refused !== null && refused in ids) ? error : null;
  return { errorFor, items, unplaced };
}
