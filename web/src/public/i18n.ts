import english from './locales/en.json';
import { startI18n, type Catalogue, type LanguageOption } from '../i18n/start-i18n.ts';

/**
 * The public app's languages. Welsh stands beside English (services in Wales
 * must offer it on an equal footing); Polish, Urdu and Arabic are the first
 * of the languages young carers' families speak, drafted for review by
 * native speakers (README: Languages).
 */
export const PUBLIC_LANGUAGES: readonly LanguageOption[] = [
  { code: 'en', locale: 'en-GB', name: 'English', dir: 'ltr' },
  { code: 'cy', locale: 'cy-GB', name: 'Cymraeg', dir: 'ltr' },
  { code: 'pl', locale: 'pl-PL', name: 'Polski', dir: 'ltr' },
  { code: 'ur', locale: 'ur-PK', name: 'اردو', dir: 'rtl' },
  { code: 'ar', locale: 'ar', name: 'العربية', dir: 'rtl' },
];

const catalogues = import.meta.glob<Catalogue>(['./locales/*.json', '!./locales/en.json'], { import: 'default' });

export function startPublicI18n() {
  return startI18n({
    languages: PUBLIC_LANGUAGES,
    english,
    load: (code) => {
      const load = catalogues[`./locales/${code}.json`];
      if (!load) throw new Error(`No catalogue for ${code}`);
      return load();
    },
    storageKey: 'ycards.language',
  });
}
