import { useSyncExternalStore } from 'react';
import { currentLanguage, languageOption, onLanguageChange, translate, type MessageValues } from './start-i18n.ts';

export type Translate = (key: string, values?: MessageValues) => string;

/**
 * The page's words: `const { t } = useTranslation(); t('ui.language.switch')`. The
 * component draws again when the language changes. `locale` formats dates
 * and numbers (`new Intl.DateTimeFormat(locale, ...)`).
 */
export function useTranslation(): { t: Translate; language: string; locale: string; dir: 'ltr' | 'rtl' } {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  const option = languageOption(language);
  return { t: translate, language, locale: option.locale, dir: option.dir };
}
