import { ALPHABET, CHECK_ALPHABET, formatCardNumber } from '../cards/card-number.ts';
import type { CardLanguage } from '../shared/languages.ts';
import type { CardLabels, LabelLanguage } from './card-labels.ts';
import type { TemplateFieldList } from './schemas.ts';

/**
 * The field registry: everything a template can print, with its label (for
 * the gallery), a sample (for previews) and how it is read from a card.
 * The renderer and the previews both go through it, so a preview shows what
 * a real card prints.
 */
export type BrandingText = {
  organisationName: string;
  helpline: string;
  returnAddress: string;
  youngCarerWording: string;
  benefitsLine: string;
  /** Welsh versions, printed on Welsh and bilingual cards (each falls back to the English when empty). */
  organisationNameCy?: string;
  returnAddressCy?: string;
  youngCarerWordingCy?: string;
  benefitsLineCy?: string;
};

/** How a bilingual card sets out each label: Welsh then English in one text, or Welsh and English in two columns. */
export const BILINGUAL_LAYOUTS = ['welsh_first', 'side_by_side'] as const;
export type BilingualLayout = (typeof BILINGUAL_LAYOUTS)[number];

/** Everything a card prints, gathered before rendering. */
export type CardSource = {
  /** Preferred name, else given name: the only name a card carries. */
  name: string;
  /** Formatted, e.g. YC-7K3P-Q9MD-2HXWT */
  cardNumber: string;
  /** Last valid day, YYYY-MM-DD */
  expiresOn: string;
  verifyUrl: string;
  /** The QR mask chosen at issue (undefined: choose when drawing). */
  qrMask?: number;
  /** JPEG or PNG, or null for none */
  photo: Buffer | null;
  branding: BrandingText & { primaryColour: string; logo: Buffer | null; bilingualLayout?: BilingualLayout };
  /** The holder's card language (default English). */
  language?: CardLanguage;
  /** Label catalogues (default: the ones in this repository's templates/labels). */
  labels?: CardLabels;
};

type FieldSpec<T> = {
  label: string;
  sample: string;
  /** The Welsh sample, when it differs (for previews and label checks). */
  sampleCy?: string;
  read: (source: CardSource, language: LabelLanguage) => T;
  /**
   * Fixed-format fields only: the widest value it can ever print, given the
   * advance width of a string. Templates are checked with it at load, so a
   * card number or a date is never cut short on a real card.
   */
  widest?: (measure: (text: string) => number, language: LabelLanguage) => string;
};

/** A Welsh branding value, else the English one. */
const inWelsh = (language: LabelLanguage, english: string, welsh: string | undefined) => (language === 'cy' && welsh ? welsh : english);

const widestOf = (candidates: Iterable<string>, measure: (text: string) => number) =>
  [...candidates].reduce((wide, next) => (measure(next) > measure(wide) ? next : wide));

export const TEXT_FIELDS = {
  name: { label: 'Name (preferred name, else given name)', sample: 'Zofia', read: (s) => s.name },
  cardNumber: {
    label: 'Card number',
    sample: 'YC-7K3P-Q9MD-2HXWT',
    read: (s) => s.cardNumber,
    widest: (measure) => formatCardNumber(widestOf(ALPHABET, measure).repeat(12) + widestOf(CHECK_ALPHABET, measure)),
  },
  expiresOn: {
    label: 'Expiry date',
    sample: '30 Nov 2027',
    read: (s, language) => printedDate(s.expiresOn, language),
    widest: (measure, language) => widestOf(Array.from({ length: 12 }, (_, m) => printedDate(`2030-${String(m + 1).padStart(2, '0')}-28`, language)), measure),
  },
  organisationName: {
    label: 'Organisation name',
    sample: 'Young Carers Service',
    sampleCy: 'Gwasanaeth Gofalwyr Ifanc',
    read: (s, language) => inWelsh(language, s.branding.organisationName, s.branding.organisationNameCy),
  },
  helpline: { label: 'Helpline', sample: '0800 123 4567', read: (s) => s.branding.helpline },
  returnAddress: {
    label: 'Return address line',
    sample: '1 High Street, Townsville AB1 2CD',
    read: (s, language) => inWelsh(language, s.branding.returnAddress, s.branding.returnAddressCy),
  },
  youngCarerWording: {
    label: '"Young carer" wording',
    sample: 'Young Carer',
    sampleCy: 'Gofalwr Ifanc',
    read: (s, language) => inWelsh(language, s.branding.youngCarerWording, s.branding.youngCarerWordingCy),
  },
  benefitsLine: {
    label: 'Benefits line',
    sample: 'Show this card for young carer offers',
    sampleCy: 'Dangoswch y cerdyn hwn am gynigion i ofalwyr ifanc',
    read: (s, language) => inWelsh(language, s.branding.benefitsLine, s.branding.benefitsLineCy),
  },
} satisfies Record<string, FieldSpec<string>>;
export type TextField = keyof typeof TEXT_FIELDS;

export const IMAGE_FIELDS = {
  photo: { label: 'Photo', sample: '(the young carer\'s photo)', read: (s) => s.photo },
  logo: { label: 'Logo', sample: '(the charity\'s logo)', read: (s) => s.branding.logo },
} satisfies Record<string, FieldSpec<Buffer | null>>;

export const QR_FIELDS = {
  verifyUrl: { label: 'QR code (the verify link)', sample: 'https://cards.example.org/v#…', read: (s) => s.verifyUrl },
} satisfies Record<string, FieldSpec<string>>;

export function isTextField(key: string): key is TextField {
  return Object.hasOwn(TEXT_FIELDS, key);
}

const PRINTED_DATE: Record<LabelLanguage, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  cy: new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "2027-11-30" as printed: "30 Nov 2027", in Welsh "30 Tach 2027" (no day/month order to misread). */
export function printedDate(isoDate: string, language: LabelLanguage = 'en'): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return PRINTED_DATE[language].format(new Date(Date.UTC(year, month - 1, day)));
}

/** The text values of a card, by field, in one language. */
export function textValues(source: CardSource, language: LabelLanguage = 'en'): Record<TextField, string> {
  const values = {} as Record<TextField, string>;
  for (const [key, spec] of Object.entries(TEXT_FIELDS) as [TextField, FieldSpec<string>][]) values[key] = spec.read(source, language);
  return values;
}

/** Sample values by field, in one language (for label checks). */
export function sampleValues(language: LabelLanguage): Record<TextField, string> {
  const values = {} as Record<TextField, string>;
  for (const [key, spec] of Object.entries(TEXT_FIELDS) as [TextField, FieldSpec<string>][]) values[key] = (language === 'cy' && spec.sampleCy) || spec.sample;
  return values;
}

/**
 * Sample data for previews, with the real branding. The sample token has the
 * length of a real one (so the QR has the same density) but no signature:
 * a scanned preview answers "not valid".
 */
export function sampleSource(branding: CardSource['branding'], publicUrl: string, language?: CardLanguage): CardSource {
  const fakeToken = `SAMPLE-CARD-NOT-VALID.${'x'.repeat(150)}.${'y'.repeat(86)}`;
  return {
    name: TEXT_FIELDS.name.sample,
    cardNumber: TEXT_FIELDS.cardNumber.sample,
    expiresOn: '2027-11-30',
    verifyUrl: `${publicUrl}/v#${fakeToken}`,
    photo: null,
    branding,
    ...(language ? { language } : {}),
  };
}

export function fieldList(): TemplateFieldList {
  const items: TemplateFieldList['items'] = [];
  for (const [key, spec] of Object.entries(TEXT_FIELDS)) items.push({ key, label: spec.label, kind: 'text', sample: spec.sample });
  for (const [key, spec] of Object.entries(IMAGE_FIELDS)) items.push({ key, label: spec.label, kind: 'image', sample: spec.sample });
  for (const [key, spec] of Object.entries(QR_FIELDS)) items.push({ key, label: spec.label, kind: 'qr', sample: spec.sample });
  return { items };
}
