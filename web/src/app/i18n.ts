import english from '../locales/en.json';
import { startI18n, type Catalogue, type LanguageOption } from '../i18n/start-i18n.ts';

/** The staff app's languages: English and Welsh (README: Languages). */
export const STAFF_LANGUAGES: readonly LanguageOption[] = [
  { code: 'en', locale: 'en-GB', name: 'English', dir: 'ltr' },
  { code: 'cy', locale: 'cy-GB', name: 'Cymraeg', dir: 'ltr' },
];

const catalogues = import.meta.glob<Catalogue>(['../locales/*.json', '!../locales/en.json'], { import: 'default' });

export function startStaffI18n() {
  return startI18n({
    languages: STAFF_LANGUAGES,
    english,
    load: (code) => {
      const load = catalogues[`../locales/${code}.json`];
      if (!load) throw new Error(`No catalogue for ${code}`);
      return load();
    },
    storageKey: 'ycards.staff-language',
  });
}
