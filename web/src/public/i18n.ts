import { loadSections, startI18n, type Catalogue, type LanguageOption } from '../i18n/start-i18n.ts';

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

/**
 * Each catalogue is split by top-level section at build
 * (web/scripts/precompile-messages.ts: `?sections=`). The first download
 * carries only what the verify page and every page's frame need, in English;
 * each other page's sections load with its lazy chunk (app/router.tsx), so a
 * partner scanning a card does not download the young carer's pages' words.
 * The `query` objects must be literal: Vite reads them at build.
 */
const FIRST = import.meta.glob<Catalogue>(['./locales/*.json', '!./locales/en.json'], { query: { sections: 'ui,layout,verify,errors,app' }, import: 'default' });
const english = Object.values(import.meta.glob<Catalogue>('./locales/en.json', { query: { sections: 'ui,layout,verify,errors,app' }, import: 'default', eager: true }))[0]!;

const PAGE_SECTIONS = {
  benefits: import.meta.glob<Catalogue>('./locales/*.json', { query: { sections: 'directory' }, import: 'default' }),
  partnerGuide: import.meta.glob<Catalogue>('./locales/*.json', { query: { sections: 'partnerGuide' }, import: 'default' }),
  myCard: import.meta.glob<Catalogue>('./locales/*.json', { query: { sections: 'my,haveYourSay,youSaidWeDid' }, import: 'default' }),
  myData: import.meta.glob<Catalogue>('./locales/*.json', { query: { sections: 'my,myData' }, import: 'default' }),
  refer: import.meta.glob<Catalogue>('./locales/*.json', { query: { sections: 'refer' }, import: 'default' }),
  youSaidWeDid: import.meta.glob<Catalogue>('./locales/*.json', { query: { sections: 'youSaidWeDid,haveYourSay' }, import: 'default' }),
};
export type PageSections = keyof typeof PAGE_SECTIONS;

function loaderOf(files: Record<string, () => Promise<Catalogue>>) {
  return (code: string) => {
    const load = Object.entries(files).find(([file]) => file.startsWith(`./locales/${code}.json`))?.[1];
    if (!load) throw new Error(`No catalogue for ${code}`);
    return load();
  };
}

export function startPublicI18n() {
  return startI18n({ languages: PUBLIC_LANGUAGES, english, load: loaderOf(FIRST), storageKey: 'ycards.language' });
}

/** A page's own words, in English and the page's language: its route awaits them before it draws. */
export function loadPageSections(page: PageSections): Promise<void> {
  return loadSections(page, loaderOf(PAGE_SECTIONS[page]));
}
