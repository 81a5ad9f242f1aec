import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Both web apps' translations, on FormatJS's ICU message formatter
 * (`{count, plural, one {# card} other {# cards}}`, so Welsh gets its six
 * plural forms, and `{day, date, long}` for dates). Each app has one
 * catalogue per language (`locales/<code>.json`): English is bundled, the
 * others load on first use as their own chunk, so a page pays only for the
 * language it shows. A key missing from a language falls back to English.
 *
 * The language is, in order: `?lang=` in the address, the one chosen on this
 * device (kept in localStorage), the browser's languages, English.
 */
export type Catalogue = { [key: string]: string | Catalogue };
export type MessageValues = Record<string, string | number | Date | null | undefined>;

export type LanguageOption = {
  code: string;
  /** The language's name in itself, as the switch shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The locale dates and numbers are formatted in (en → en-GB: 17 May 2027). */
  locale: string;
};

export type I18nSetup = {
  languages: readonly LanguageOption[];
  english: Catalogue;
  /** Loads another language's catalogue (a dynamic import, so each is its own chunk). */
  load: (code: string) => Promise<Catalogue>;
  /** Where this device's choice is kept. */
  storageKey: string;
};

const FALLBACK: LanguageOption = { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB' };

let setup: I18nSetup | undefined;
let language = 'en';
let active: Catalogue = {};
const compiled = new Map<string, IntlMessageFormat>();
const listeners = new Set<() => void>();

export async function startI18n(options: I18nSetup): Promise<void> {
  setup = options;
  active = options.english;
  await switchTo(detectLanguage(options));
}

function detectLanguage(options: I18nSetup): string {
  const codes = options.languages.map((option) => option.code);
  const pick = (value: string | null | undefined) => {
    const base = value?.toLowerCase().split('-')[0];
    return base && codes.includes(base) ? base : undefined;
  };
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(options.storageKey);
  } catch {
    // No storage (private browsing): the browser's language decides.
  }
  const query = new URLSearchParams(window.location.search).get('lang');
  return pick(query) ?? pick(stored) ?? navigator.languages.map(pick).find(Boolean) ?? 'en';
}

async function switchTo(code: string): Promise<void> {
  if (!setup) return;
  let catalogue = setup.english;
  let chosen = 'en';
  if (code !== 'en') {
    try {
      catalogue = await setup.load(code);
      chosen = code;
    } catch {
      // The chunk did not load (offline, say): English rather than nothing.
    }
  }
  language = chosen;
  active = catalogue;
  const option = languageOption(chosen);
  document.documentElement.lang = option.code;
  document.documentElement.dir = option.dir;
  for (const listener of listeners) listener();
}

function lookup(catalogue: Catalogue | undefined, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The message for `key` in the page's language (English when that language lacks it), with `values` filled in. */
export function translate(key: string, values?: MessageValues): string {
  let message = lookup(active, key);
  let code = language;
  if (message === undefined) {
    message = lookup(setup?.english, key);
    code = 'en';
  }
  if (message === undefined) return key;
  // Plain text needs no formatter (an apostrophe only escapes before { } or #).
  if (!/[{}#']/.test(message)) return message;
  const id = `${code}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(message, languageOption(code).locale);
    compiled.set(id, format);
  }
  return String(format.format(values as Record<string, string | number | Date>));
}

/** The language the page shows now, for code outside React (the API clients send it as Accept-Language). */
export function currentLanguage(): string {
  return language;
}

export function languageOption(code: string): LanguageOption {
  return setup?.languages.find((option) => option.code === code.split('-')[0]) ?? FALLBACK;
}

export function languageOptions(): readonly LanguageOption[] {
  return setup?.languages ?? [FALLBACK];
}

/** Switches the page's language and remembers the choice on this device. */
export async function chooseLanguage(code: string): Promise<void> {
  try {
    if (setup) localStorage.setItem(setup.storageKey, code);
  } catch {
    // Private browsing without storage: the choice lasts until the page is closed.
  }
  await switchTo(code);
}

/** For React (useTranslation): called whenever the language changes. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
