import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
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
 * `?lang=pseudo` (never in the switch, never remembered) shows English
 * pseudo-localised (pseudo-locale.ts), to find words left untranslated and
 * layouts that break with longer text.
 *
 * A page's own sections may come later (`loadSections`): a route awaits
 * them in its lazy loader, so t() stays synchronous; a language switch loads
 * the new language's copy of every section loaded so far before the page
 * draws again.
 *
 * The builds compile each message that has ICU syntax to its syntax tree
 * (web/scripts/precompile-messages.ts), so the pages never ship the ICU
 * parser: a message is plain text or a tree, never text to parse.
 */
export type Message = string | MessageFormatElement[];
export type Catalogue = { [key: string]: Message | Catalogue };
export type MessageValues = Record<string, string | number | Date | null | undefined>;
/** Values for a message with tags: each tag (`<strong>...</strong>`) is drawn by a function of its contents. */
export type RichValues<T> = Record<string, string | number | Date | null | undefined | T | ((parts: (string | T)[]) => T)>;

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
/** `?lang=pseudo`: English made longer and accented; `en-XA` is the usual tag for such a pseudo-locale. */
export const PSEUDO = 'pseudo';
const PSEUDO_OPTION: LanguageOption = { code: PSEUDO, name: 'Pseudo', dir: 'ltr', locale: 'en-GB' };

let setup: I18nSetup | undefined;
let language = 'en';
let active: Catalogue = {};
const compiled = new Map<string, IntlMessageFormat>();
const listeners = new Set<() => void>();
/** Section groups loaded after the start (a route's words), by name: how to load each in a language. */
const groups = new Map<string, (code: string) => Promise<Catalogue>>();

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
  if (query === PSEUDO) return PSEUDO;
  return pick(query) ?? pick(stored) ?? navigator.languages.map(pick).find(Boolean) ?? 'en';
}

async function switchTo(code: string): Promise<void> {
  if (!setup) return;
  let catalogue = setup.english;
  let chosen = 'en';
  if (code !== 'en') {
    try {
      // The pseudo-locale is built from English, in a chunk of its own that only `?lang=pseudo` loads.
      catalogue = code === PSEUDO ? (await import('./pseudo-locale.ts')).pseudoCatalogue(setup.english) : await setup.load(code);
      chosen = code;
    } catch {
      // The chunk did not load (offline, say): English rather than nothing.
    }
  }
  if (groups.size > 0) catalogue = { ...catalogue, ...(await groupsIn(chosen, [...groups.values()])) };
  language = chosen;
  active = catalogue;
  const option = languageOption(chosen);
  document.documentElement.lang = option.code === PSEUDO ? 'en-XA' : option.code;
  document.documentElement.dir = option.dir;
  for (const listener of listeners) listener();
}

/** The sections of `loads` in language `code` (English ones for English and the pseudo-locale), merged; a chunk that fails to load leaves English. */
async function groupsIn(code: string, loads: ((code: string) => Promise<Catalogue>)[]): Promise<Catalogue> {
  const parts = await Promise.all(
    loads.map(async (load) => {
      if (code === 'en') return {};
      try {
        if (code !== PSEUDO) return await load(code);
        const { pseudoCatalogue } = await import('./pseudo-locale.ts');
        return pseudoCatalogue(await load('en'));
      } catch {
        return {};
      }
    }),
  );
  return Object.assign({}, ...parts) as Catalogue;
}

/**
 * Loads more sections of the catalogue (`load(code)` gives them in a
 * language, as a dynamic import), in English and in the page's language,
 * and keeps them for later language switches. Awaited before the page
 * that needs them draws.
 */
export async function loadSections(name: string, load: (code: string) => Promise<Catalogue>): Promise<void> {
  if (!setup || groups.has(name)) return;
  Object.assign(setup.english, await load('en'));
  groups.set(name, load);
  // Once in the language shown when the load ends (a switch meanwhile means loading again, in the new one).
  for (;;) {
    const shown = language;
    const translated = await groupsIn(shown, [load]);
    if (language !== shown) continue;
    if (active !== setup.english) active = { ...active, ...translated };
    break;
  }
  for (const listener of listeners) listener();
}

function lookup(catalogue: Catalogue | undefined, key: string): Message | undefined {
  let node: Message | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' || Array.isArray(node) ? node : undefined;
}

/** The formatter of `key` in the page's language (English when that language lacks it); plain text as it is. */
function formatterOf(key: string): IntlMessageFormat | string | undefined {
  let message = lookup(active, key);
  let code = language;
  if (message === undefined) {
    message = lookup(setup?.english, key);
    code = 'en';
  }
  if (message === undefined) return undefined;
  // Plain text needs no formatter (an apostrophe only escapes before { } or #; a tag starts with <).
  if (typeof message === 'string' && !/[{}#'<]/.test(message)) return message;
  const id = `${code}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(message, languageOption(code).locale);
    compiled.set(id, format);
  }
  return format;
}

/** The message for `key` in the page's language (English when that language lacks it), with `values` filled in. */
export function translate(key: string, values?: MessageValues): string {
  const format = formatterOf(key);
  if (format === undefined) return key;
  if (typeof format === 'string') return format;
  return String(format.format(values as Record<string, string | number | Date>));
}

/**
 * A message with tags, as parts: text, and what each tag's function drew
 * (`translateParts(key, { date, strong: (parts) => <strong>{parts}</strong> })`).
 * React code uses `rich` from useTranslation, which knows the common tags.
 */
export function translateParts<T>(key: string, values: RichValues<T>): (string | T)[] {
  const format = formatterOf(key);
  if (format === undefined) return [key];
  if (typeof format === 'string') return [format];
  const result = format.format<T>(values as Record<string, string | number | Date | T | ((parts: (string | T)[]) => T)>);
  return Array.isArray(result) ? result : [result];
}

/** Whether the catalogue has `key` (English included): for mappings that fall back to something else, as error codes do. */
export function hasMessage(key: string): boolean {
  return lookup(active, key) !== undefined || lookup(setup?.english, key) !== undefined;
}

/** The language the page shows now, for code outside React (the API clients send it as Accept-Language). */
export function currentLanguage(): string {
  return language;
}

export function languageOption(code: string): LanguageOption {
  if (code === PSEUDO) return PSEUDO_OPTION;
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
