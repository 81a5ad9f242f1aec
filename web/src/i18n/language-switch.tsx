import { chooseLanguage, languageOptions } from './start-i18n.ts';
import { useTranslation } from './use-translation.ts';

/**
 * One tap to another language: every language the app has, each named in
 * itself (and marked with its own `lang`, so a screen reader says it right).
 */
export function LanguageSwitch({ className = 'language-switch' }: { className?: string }) {
  const { t, language } = useTranslation();
  return (
    <nav aria-label={t('ui.language.switch')} className={className}>
      <ul>
        {languageOptions().map((option) => (
          <li key={option.code}>
            <button
              type="button"
              lang={option.code}
              dir={option.dir}
              aria-pressed={option.code === language}
              onClick={() => void chooseLanguage(option.code)}
            >
              {option.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
