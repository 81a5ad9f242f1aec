/**
 * The languages the service speaks to young carers and families in. Shared by
 * the API (message and card catalogues) and the web apps (the staff choice on
 * a young carer's record).
 *
 * - A message language: emails, printed slips and renewal reminders.
 * - A card language: English, Welsh, or both (Welsh and English, laid out as
 *   the service sets in Branding).
 */
export const MESSAGE_LANGUAGES = ['en', 'cy', 'pl', 'ur', 'ar'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const CARD_LANGUAGES = ['en', 'cy', 'bilingual'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: MessageLanguage = 'en';
export const DEFAULT_CARD_LANGUAGE: CardLanguage = 'en';

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return (MESSAGE_LANGUAGES as readonly unknown[]).includes(value);
}

export function isCardLanguage(value: unknown): value is CardLanguage {
  return (CARD_LANGUAGES as readonly unknown[]).includes(value);
}
