import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { Type } from 'typebox';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/lib/api-client.ts';
import { apiErrorOnField, defineApiForm, fieldRules, validateForm } from '../../web/src/lib/api-form.ts';
import { joinDateParts } from '../../web/src/components/ui/date-field.tsx';
import { HolderForm } from '../../web/src/features/holders/components/holder-form.tsx';
import { emptyHolderFormValues, holderForm, type HolderFormValues } from '../../web/src/features/holders/components/holder-form-values.ts';
import { benefitForm, emptyBenefitFormValues } from '../../web/src/features/partners/components/benefit-form-values.ts';
import { emptyPartnerFormValues, partnerForm } from '../../web/src/features/partners/components/partner-form-values.ts';
import { brandingForm } from '../../web/src/features/branding/components/branding-form-values.ts';
import { setupForm } from '../../web/src/features/auth/components/setup-form.tsx';
import staffEnglish from '../../web/src/locales/en.json';
import { startEnglishCatalogue } from '../support/english-catalogue.ts';

// The forms' messages come from the staff app's catalogue, as users read them in English.
beforeAll(() => startEnglishCatalogue(staffEnglish));

const NOW = new Date('2026-03-10T12:00:00Z');
const form = holderForm(() => NOW);
const holder = (changes: Partial<HolderFormValues> = {}): HolderFormValues => ({
  ...emptyHolderFormValues(new Date('2026-03-10T09:00:00Z')),
  givenName: 'Amelia',
  familyName: 'Stone',
  dateOfBirth: '2013-05-17',
  // Consent is never preselected on the form: someone has to choose.
  consentBy: 'parent',
  consentMethod: 'written',
  ...changes,
});

describe('forms checked against the API body schema', () => {
  it('a field the schema refuses gets its error, in the form’s words or the default for a length', () => {
    expect(validateForm(form, holder())).toEqual({});
    expect(validateForm(form, holder({ givenName: '', familyName: 'x'.repeat(61), contactPhone: 'call me' }))).toEqual({
      givenName: 'Enter their given name.',
      familyName: 'Use 60 characters or fewer.',
      contactPhone: 'Enter a phone number using digits, spaces and + ( ) - only, such as 0115 496 0000.',
    });
    // An optional field left empty is sent as null, which the schema takes.
    expect(validateForm(form, holder({ preferredName: '', reference: '', contactEmail: '' }))).toEqual({});
    expect(validateForm(form, holder({ contactEmail: 'not an address', consentBy: '' }))).toEqual({
      contactEmail: 'Enter an email address in the correct format, like name@example.com, or leave it empty.',
      consentBy: 'Choose who gave consent.',
    });
  });

  it('the limits come from the schema itself, not from the form', () => {
    const tiny = defineApiForm({
      schema: Type.Object({ code: Type.String({ minLength: 1, maxLength: 3 }), note: Type.Optional(Type.String({ maxLength: 5 })) }),
      toBody: (values: { code: string; note: string }) => values,
      messages: { code: { required: 'Enter a code.' } },
    });
    expect(validateForm(tiny, { code: 'abcd', note: '' })).toEqual({ code: 'Use 3 characters or fewer.' });
    expect(validateForm(tiny, { code: '', note: '123456' })).toEqual({ code: 'Enter a code.', note: 'Use 5 characters or fewer.' });
    expect(fieldRules(tiny, { code: '', note: '' }, 'code')).toEqual({ required: true, minLength: 1, maxLength: 3 });
    expect(fieldRules(tiny, { code: '', note: '' }, 'note')).toEqual({ required: false, maxLength: 5 });
  });

  it('an input’s attributes follow the schema: required when empty fails, maxLength, min and max', () => {
    expect(fieldRules(form, holder(), 'givenName')).toEqual({ required: true, minLength: 1, maxLength: 60 });
    expect(fieldRules(form, holder(), 'preferredName')).toMatchObject({ required: false, maxLength: 60 });
    expect(fieldRules(form, holder(), 'dateOfBirth')).toEqual({ required: true });
    expect(fieldRules(benefitForm, emptyBenefitFormValues(), 'minAge')).toEqual({ required: false });
    expect(fieldRules(partnerForm, emptyPartnerFormValues(), 'category')).toEqual({ required: true });
    expect(fieldRules(partnerForm, emptyPartnerFormValues(), 'website')).toEqual({ required: false, maxLength: 200 });
  });

  it('a message can read the schema’s limits, and the rules the schema cannot state are the form’s check', () => {
    const years = defineApiForm({
      schema: Type.Object({ age: Type.Integer({ minimum: 0, maximum: 30 }) }),
      toBody: (values: { age: string }) => ({ age: Number(values.age) }),
      messages: { age: { invalid: ({ minimum, maximum }) => `Enter a whole number of years from ${minimum} to ${maximum}.` } },
    });
    expect(validateForm(years, { age: '31' })).toEqual({ age: 'Enter a whole number of years from 0 to 30.' });
    // A benefit's ages fall on the edges of bands, and the oldest is after the youngest.
    const benefit = { ...emptyBenefitFormValues(), title: 'Free swim' };
    expect(validateForm(benefitForm, { ...benefit, minAge: '14', maxAge: '16' })).toEqual({
      minAge: 'Choose 8, 12, 15, 18, 21, 25, or no lower limit: ages come in bands.',
      maxAge: 'Choose 7, 11, 14, 17, 20, 24, or no upper limit: ages come in bands.',
    });
    expect(validateForm(benefitForm, { ...benefit, minAge: '15', maxAge: '11' })).toEqual({
      maxAge: 'The oldest age must be more than the youngest age.',
    });
    expect(validateForm(benefitForm, { ...benefit, minAge: '12', maxAge: '' })).toEqual({});
    expect(validateForm(benefitForm, { ...benefit, validFrom: '2027-02-30', validTo: '2027-01-01' })).toEqual({
      validFrom: 'Enter a real date, such as 01/09/2027, or leave it empty.',
    });
    expect(validateForm(form, holder({ dateOfBirth: '2026-03-11', consentAt: '2026-03-11' }))).toEqual({
      dateOfBirth: 'Date of birth must be in the past',
      consentAt: 'Consent cannot be given in the future.',
    });
    // The day, month and year boxes: which part is missing, or that it is no real date.
    expect(validateForm(form, holder({ dateOfBirth: joinDateParts('17', '', '2013') }))).toEqual({ dateOfBirth: 'Date of birth must include a month' });
    expect(validateForm(form, holder({ dateOfBirth: joinDateParts('', '5', '') }))).toEqual({ dateOfBirth: 'Date of birth must include a day and a year' });
    expect(validateForm(form, holder({ dateOfBirth: joinDateParts('30', '2', '2013') }))).toEqual({ dateOfBirth: 'Date of birth must be a real date' });
    expect(validateForm(form, holder({ dateOfBirth: joinDateParts('17', '5', '13') }))).toEqual({ dateOfBirth: 'Date of birth must be a real date' });
    expect(validateForm(form, holder({ dateOfBirth: joinDateParts('', '', '') }))).toEqual({ dateOfBirth: 'Enter their date of birth.' });
    expect(validateForm(form, holder({ dateOfBirth: joinDateParts('7', '5', '2013') }))).toEqual({});
    expect(validateForm(form, holder({ consentAt: '' }))).toEqual({ consentAt: 'Enter when consent was given.' });
    // Consent is a day in the same boxes.
    expect(validateForm(form, holder({ consentAt: joinDateParts('31', '2', '2024') }))).toEqual({ consentAt: 'When consent was given must be a real date' });
    expect(validateForm(form, holder({ consentAt: joinDateParts('', '2', '2024') }))).toEqual({ consentAt: 'When consent was given must include a day' });
    expect(validateForm(form, holder({ consentAt: joinDateParts('29', '2', '2024') }))).toEqual({});
  });

  it('text is checked as it will be sent: branding trims, so blank is empty', () => {
    const values = {
      organisationName: '   ', helpline: '', returnAddress: '', primaryColour: '#1D4F9', youngCarerWording: 'Young Carer', benefitsLine: '',
      organisationNameCy: '', returnAddressCy: '', youngCarerWordingCy: 'Gofalwr Ifanc', benefitsLineCy: '', bilingualLayout: 'welsh_first' as const,
    };
    expect(validateForm(brandingForm, values)).toEqual({
      organisationName: 'Enter your organisation’s name.',
      primaryColour: 'Enter a colour as # and six hex digits, for example #1d4f91.',
    });
  });
});

describe('a password form', () => {
  const setup = { name: 'Casey Coordinator', email: 'casey@carers.test', password: 'kettle on the windowsill', confirmPassword: 'kettle on the windowsill' };

  it('takes the length rule from the API’s Password schema, counts what was typed, and checks the confirmation itself', () => {
    expect(validateForm(setupForm, setup)).toEqual({});
    expect(validateForm(setupForm, { ...setup, password: 'short one', confirmPassword: '' })).toEqual({
      password: 'Use at least 12 characters (you have 9).',
      confirmPassword: 'Enter the password again.',
    });
    expect(validateForm(setupForm, { ...setup, confirmPassword: 'kettle on the windowsil' })).toEqual({ confirmPassword: 'The passwords do not match.' });
    // A password is kept as typed: spaces are characters, not an empty field.
    expect(validateForm(setupForm, { ...setup, password: '   ', confirmPassword: '   ' })).toEqual({ password: 'Use at least 12 characters (you have 3).' });
    expect(validateForm(setupForm, { ...setup, password: '' })).toMatchObject({ password: 'Enter a password.' });
  });

  it('marks the confirmation required, which only the form’s own check says', () => {
    expect(fieldRules(setupForm, setup, 'confirmPassword')).toEqual({ required: true });
    expect(fieldRules(setupForm, setup, 'password')).toMatchObject({ required: true, minLength: 12 });
  });
});

describe('the API’s own errors on the form', () => {
  const fields = Object.keys(emptyPartnerFormValues());

  it('an error naming one of the form’s fields goes on that field', () => {
    const taken = new ApiError(409, 'PARTNER_NAME_TAKEN', 'Another partner already has this name.', 'name');
    expect(apiErrorOnField(taken, fields)).toEqual({ field: 'name', message: 'Another partner already has this name.' });
  });

  it('one naming no field, or a field the form does not have, or not from the API, does not', () => {
    expect(apiErrorOnField(new ApiError(409, 'CARD_STATE_CONFLICT', 'No.'), fields)).toBeNull();
    expect(apiErrorOnField(new ApiError(400, 'VALIDATION_FAILED', 'No.', 'partnerId'), fields)).toBeNull();
    expect(apiErrorOnField(new Error('boom'), fields)).toBeNull();
    expect(apiErrorOnField(null, fields)).toBeNull();
  });

  it('a form shows it inline on its field, or in its error summary', () => {
    const render = (apiError: Error) =>
      renderToStaticMarkup(
        createElement(
          MemoryRouter,
          null,
          createElement(HolderForm, {
            initialValues: holder(),
            submitLabel: 'Register',
            pendingLabel: 'Registering…',
            isPending: false,
            apiError,
            errorTitle: 'Could not register the young carer',
            cancelHref: '/holders',
            onSubmit: () => undefined,
          }),
        ),
      );
    const onField = render(new ApiError(409, 'REFERENCE_TAKEN', 'Another young carer already has this reference.', 'reference'));
    const reference = /<input[^>]*name="reference"[^>]*>/.exec(onField)?.[0] ?? '';
    const errorId = /aria-describedby="[^"]*?(\S+-error)"/.exec(reference)?.[1];
    expect(reference).toContain('aria-invalid="true"');
    expect(onField).toContain(`<p class="field__error" id="${errorId}"><span class="visually-hidden">Error: </span>Another young carer already has this reference.</p>`);
    expect(onField).not.toContain('Could not register the young carer');
    // The schema's limits are on the inputs.
    const givenName = /<input[^>]*name="givenName"[^>]*>/.exec(onField)?.[0] ?? '';
    expect(givenName).toContain('required=""');
    expect(givenName).toContain('maxLength="60"');
    expect(/<input[^>]*name="preferredName"[^>]*>/.exec(onField)?.[0]).not.toContain('required');

    const elsewhere = render(new ApiError(409, 'HOLDER_TOO_OLD', 'Too old for a card.'));
    expect(elsewhere).toContain('Could not register the young carer');
    expect(elsewhere).toContain('Too old for a card.');
    expect(elsewhere).not.toContain('aria-invalid="true"');
  });
});
