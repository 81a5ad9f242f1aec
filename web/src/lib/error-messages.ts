import type { ErrorCode } from '../../../api/src/errors.ts';

/**
 * The one mapping from what the API refused (its error code, and the field it
 * names) to a sentence for the person at the screen, in the GOV.UK error
 * message style: say what to do, in plain words, with an example where one
 * helps. Every staff page shows errors through this (errorMessage in
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

/** What to do about a field the API refused, by the field's name in the request body. */
const FIELD_SENTENCES: Record<string, string> = {
  email: 'Enter an email address in the correct format, like name@example.org.',
  contactEmail: 'Enter an email address in the correct format, like name@example.org, or leave it empty.',
  website: 'Enter a website address, like www.example.org, or leave it empty.',
  contactPhone: 'Enter a phone number using digits, spaces and + ( ) - only, like 0115 496 0000, or leave it empty.',
  helplinePhone: 'Enter a phone number using digits, spaces and + ( ) - only, like 0115 496 0000.',
  givenName: 'Enter their given name, using letters people can read on a card.',
  familyName: 'Enter their family name, using letters people can read on a card.',
  preferredName: 'Enter the name they want on the card, or leave it empty.',
  name: 'Enter a name, using letters people can read.',
  organisationName: 'Enter the organisation’s name, as it should appear on cards.',
  title: 'Enter what the benefit is, for example “10% off”.',
  dateOfBirth: 'Enter a real date of birth in the past, for example 27 3 2012.',
  consentAt: 'Enter when consent was given: a real date, not in the future.',
  consentBy: 'Choose who gave consent.',
  consentMethod: 'Choose how consent was given.',
  minAge: 'Choose a youngest age from the list, or no lower limit.',
  maxAge: 'Choose an oldest age that is more than the youngest age, or no upper limit.',
  validFrom: 'Enter a real first day, for example 1 9 2027, or leave it empty.',
  validTo: 'Enter a real last day, on or after the first day, for example 31 8 2028, or leave it empty.',
  password: 'Enter a password of at least 12 characters that is not a common password.',
  currentPassword: 'Enter your current password.',
  newPassword: 'Enter a new password of at least 12 characters that is not a common password.',
  role: 'Choose a role.',
  category: 'Choose a category.',
  reference: 'Enter a reference of letters, digits and dashes, or leave it empty.',
  confirmEmail: 'Type the person’s email address exactly as it is shown, to confirm.',
  partnerId: 'Choose a partner from the list.',
  cardIds: 'Choose the cards to print.',
  issuedSince: 'Choose a later date, so that fewer cards go on one print run, and print the rest in another.',
};

/** Codes whose API text is for developers or operators, with what to tell staff instead. */
const CODE_SENTENCES: Partial<Record<ErrorCode, string>> = {
  MALFORMED_JSON: 'Something went wrong sending this. Reload the page and try again.',
  UNSUPPORTED_MEDIA_TYPE: 'Something went wrong sending this. Reload the page and try again.',
  PAYLOAD_TOO_LARGE: 'This is too large to send. Choose a smaller file, or shorten what you typed.',
  NOT_FOUND: 'This could not be found: it may have been removed. Go back and try again.',
  ROUTE_NOT_FOUND: 'This could not be found: it may have been removed. Go back and try again.',
  IDEMPOTENCY_KEY_REUSED: 'This was already sent once with different details. Reload the page and try again.',
  INTERNAL: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
};

const GENERAL = 'Something went wrong. Please try again.';

/** `contactEmail` → “contact email”, for a field nobody has written a sentence for. */
function fieldInWords(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The sentence for an error the API sent: its code, the field it names, and
 * its own message. `field` may be a dotted path (`cards.0.id`). A 5xx never
 * carries the server's own text (the API hides it), so its message is shown.
 */
export function plainErrorMessage(code: string, field: string | undefined, apiMessage: string): string {
  if (code === 'VALIDATION_FAILED') {
    if (field !== undefined) return FIELD_SENTENCES[field] ?? `Check the ${fieldInWords(field)}: it is not in a form we can accept.`;
    return 'Check what you entered: something is not in a form we can accept.';
  }
  const sentence = CODE_SENTENCES[code as ErrorCode];
  if (sentence !== undefined) return sentence;
  return apiMessage || GENERAL;
}
