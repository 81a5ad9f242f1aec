import { createElement, Fragment, useSyncExternalStore, type ReactNode } from 'react';
import { currentLanguage, languageOption, onLanguageChange, translate, translateParts, type MessageValues, type RichValues } from './start-i18n.ts';

export type Translate = (key: string, values?: MessageValues) => string;
/** A message with tags, drawn: `Valid until <strong>{date}</strong>` with `{ date }` gives `Valid until` and a bold date. */
export type TranslateRich = (key: string, values?: RichValues<ReactNode>) => ReactNode;

const tag =
  (type: string, props: Record<string, string> | null = null) =>
  (parts: ReactNode[]) =>
    createElement(type, props, ...parts);

/**
 * The tags every catalogue may use without the caller drawing them:
 * `<strong>`, `<code>`, `<ltr>` (a phone number, a card number or a code in
 * right-to-left text keeps its left-to-right order) and `<hidden>` (for
 * screen readers only). No message argument may take a tag's name
 * (`{code}` beside `<code>`): arguments and tags share one set of values.
 */
const COMMON_TAGS = {
  strong: tag('strong'),
  code: tag('code', { dir: 'ltr' }),
  ltr: tag('bdi', { dir: 'ltr' }),
  hidden: tag('span', { className: 'visually-hidden' }),
};

const rich: TranslateRich = (key, values) =>
  createElement(Fragment, null, ...translateParts<ReactNode>(key, { ...COMMON_TAGS, ...values }).map((part, index) => createElement(Fragment, { key: index }, part)));

/**
 * The page's words: `const { t } = useTranslation(); t('ui.language.switch')`. The
 * component draws again when the language changes. `locale` formats dates
 * and numbers (`new Intl.DateTimeFormat(locale, ...)`); `rich` draws a
 * message with tags.
 */
export function useTranslation(): { t: Translate; rich: TranslateRich; language: string; locale: string; dir: 'ltr' | 'rtl' } {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  const option = languageOption(language);
  return { t: translate, rich, language, locale: option.locale, dir: option.dir };
}
