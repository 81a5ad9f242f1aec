import type { ErrorCode } from '../../../api/src/errors.ts';
import { translate } from '../i18n/start-i18n.ts';

/**
 * The one mapping from what the API refused (its error code, and the field it
 * names) to a sentence for the person at the screen, in the GOV.UK error
 * message style: say what to do, in plain words, with an example where one
 * helps, in the page's language (the sentences are the `errors` section of
 * web/src/locales/<code>.json; the tables below hold their keys). Every staff page shows errors through this (errorMessage in
 * lib/api-client.ts, and the field errors of lib/use-api-form.ts), so the
 * API's own wording for developers (`body field "email" must match format
 * "email"`, `maxAge is below minAge.`) never reaches a page.
 *
 * - VALIDATION_FAILED: the API's text is written for developers, so it is
 *   never shown. The field it names picks the sentence; a field not listed
 *   here gets a general one that names the field in words.
 * - Other codes: the API's message is written for people (it names the card,
 *   the organisation, the minutes to wait) and is shown, except for the codes
 *   below whose text is for developers or operators.
 */

/** What to do about a field the API refused, by the field's name in the request body: the sentence's key. */
const FIELD_SENTENCES: Record<string, string> = {
  email: 'errors.field.email',
  contactEmail: 'errors.field.contactEmail',
  website: 'errors.field.website',
  contactPhone: 'errors.field.contactPhone',
  helplinePhone: 'errors.field.helplinePhone',
  givenName: 'errors.field.givenName',
  familyName: 'errors.field.familyName',
  preferredName: 'errors.field.preferredName',
  name: 'errors.field.name',
  organisationName: 'errors.field.organisationName',
  title: 'errors.field.title',
  dateOfBirth: 'errors.field.dateOfBirth',
  consentAt: 'errors.field.consentAt',
  consentBy: 'errors.field.consentBy',
  consentMethod: 'errors.field.consentMethod',
  minAge: 'errors.field.minAge',
  maxAge: 'errors.field.maxAge',
  validFrom: 'errors.field.validFrom',
  validTo: 'errors.field.validTo',
  password: 'errors.field.password',
  currentPassword: 'errors.field.currentPassword',
  newPassword: 'errors.field.newPassword',
  role: 'errors.field.role',
  category: 'errors.field.category',
  reference: 'errors.field.reference',
  confirmEmail: 'errors.field.confirmEmail',
  partnerId: 'errors.field.partnerId',
  cardIds: 'errors.field.cardIds',
  issuedSince: 'errors.field.issuedSince',
};

/** Codes whose API text is for developers or operators, with what to tell staff instead: the sentence's key. */
const CODE_SENTENCES: Partial<Record<ErrorCode, string>> = {
  MALFORMED_JSON: 'errors.code.MALFORMED_JSON',
  UNSUPPORTED_MEDIA_TYPE: 'errors.code.UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'errors.code.PAYLOAD_TOO_LARGE',
  NOT_FOUND: 'errors.code.NOT_FOUND',
  ROUTE_NOT_FOUND: 'errors.code.ROUTE_NOT_FOUND',
  IDEMPOTENCY_KEY_REUSED: 'errors.code.IDEMPOTENCY_KEY_REUSED',
  INTERNAL: 'errors.code.INTERNAL',
};

/** `contactEmail` → “contact email”, for a field nobody has written a sentence for. */
function fieldInWords(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The sentence for an error the API sent: its code, the field it names, and
 * its own message. `field` may be a dotted path (`cards.0.id`). A 5xx never
 * carries the server's own text (the API hides it), so its message is shown.
 * An error the web app made itself carries a catalogue key as its message.
 */
export function plainErrorMessage(code: string, field: string | undefined, apiMessage: string): string {
  if (code === 'VALIDATION_FAILED') {
    if (field === undefined) return translate('errors.validation');
    const key = FIELD_SENTENCES[field];
    return key ? translate(key) : translate('errors.fieldInWords', { field: fieldInWords(field) });
  }
  const key = CODE_SENTENCES[code as ErrorCode];
  if (key !== undefined) return translate(key);
  // The web app's own errors (no connection, a download cut short) carry a catalogue key; the API's text is shown as it is.
  return apiMessage ? translate(apiMessage) : generalErrorMessage();
}

/** When nothing better can be said. */
export function generalErrorMessage(): string {
  return translate('errors.general');
}
