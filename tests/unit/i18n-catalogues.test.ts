import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

/**
 * The message catalogues: every language of an app has every key English
 * has (and no other), every message is valid ICU with the same arguments as
 * the English one, and every key the code asks for exists.
 */
const ROOT = join(import.meta.dirname, '..', '..');

type Catalogue = { [key: string]: string | Catalogue };

type App = {
  name: string;
  /** Folder of `<code>.json`, from the repository root. */
  locales: string;
  languages: string[];
  /** Source folders whose t('...') keys must be in this app's English catalogue. */
  sources: string[];
  /** Folders inside `sources` that belong to another app. */
  excluded?: string[];
};

const SHARED_WEB = ['web/src/components/ui', 'web/src/i18n'];

export const APPS: App[] = [
  { name: 'staff app', locales: 'web/src/locales', languages: ['en', 'cy'], sources: ['web/src'], excluded: ['web/src/public'] },
  { name: 'public app', locales: 'web/src/public/locales', languages: ['en', 'cy', 'pl', 'ur', 'ar'], sources: ['web/src/public', ...SHARED_WEB] },
  // Emails, printed slips, reminders and the public routes' error messages (api/src/locales/translate.ts: `const t = translator(language)`).
  { name: 'API', locales: 'api/src/locales', languages: ['en', 'cy', 'pl', 'ur', 'ar'], sources: ['api/src'], excluded: ['api/src/generated'] },
];

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, message] of flatten(value, path)) out.set(inner, message);
  }
  return out;
}

function load(app: App, code: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(ROOT, app.locales, `${code}.json`), 'utf8')) as Catalogue);
}

/** The argument names a message uses, and whether every plural in it has an `other` case. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      if (!('other' in element.options)) throw new Error(`"${element.value}" has no "other" case`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

function sourceFiles(dir: string, excluded: string[]): string[] {
  const full = join(ROOT, dir);
  if (excluded.some((path) => dir === path || dir.startsWith(`${path}/`))) return [];
  if (statSync(full).isFile()) return [dir];
  return readdirSync(full).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path, excluded);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Keys the code names: t('a.b') and rich('a.b'), i18nKey="a.b", and literal keys kept in maps ('section.group.key'). Template keys (t(`a.${x}`)) give their fixed prefix. */
function keysUsed(file: string, sections: Set<string>): { exact: string[]; prefixes: string[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const match of text.matchAll(/\b(?:t|rich)\(\s*'([^'$]+)'/g)) exact.add(match[1]!);
  for (const match of text.matchAll(/i18nKey=["']([^"']+)["']/g)) exact.add(match[1]!);
  for (const match of text.matchAll(/\b(?:t|rich)\(\s*`([\w.]+)\$\{/g)) prefixes.add(match[1]!.replace(/\.$/, ''));
  for (const match of text.matchAll(/'([a-z][A-Za-z0-9]*\.[A-Za-z0-9_]+\.[A-Za-z0-9_.]+)'/g)) {
    if (sections.has(match[1]!.split('.')[0]!)) exact.add(match[1]!);
  }
  return { exact: [...exact], prefixes: [...prefixes] };
}

describe.each(APPS)('the $name catalogues', (app) => {
  const english = load(app, 'en');

  it('are valid ICU messages, English first', () => {
    const problems: string[] = [];
    for (const [key, message] of english) {
      try {
        argumentsOf(parse(message));
      } catch (error) {
        problems.push(`en ${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(app.languages.filter((code) => code !== 'en'))('%s has every key English has, no other, with the same arguments', (code) => {
    const catalogue = load(app, code);
    const missing = [...english.keys()].filter((key) => !catalogue.has(key));
    const extra = [...catalogue.keys()].filter((key) => !english.has(key));
    const problems: string[] = [];
    for (const [key, message] of catalogue) {
      const source = english.get(key);
      if (source === undefined) continue;
      try {
        const want = [...argumentsOf(parse(source))].sort();
        const got = [...argumentsOf(parse(message))].sort();
        if (want.join() !== got.join()) problems.push(`${key}: arguments ${got.join(', ') || 'none'}, English has ${want.join(', ') || 'none'}`);
        if (!message.trim()) problems.push(`${key}: empty`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect({ missing, extra, problems }).toEqual({ missing: [], extra: [], problems: [] });
  });

  it('has every key the code asks for', () => {
    const sections = new Set([...english.keys()].map((key) => key.split('.')[0]!));
    const groups = new Set([...english.keys()].flatMap((key) => key.split('.').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
    const unknown: string[] = [];
    for (const file of app.sources.flatMap((dir) => sourceFiles(dir, app.excluded ?? []))) {
      const { exact, prefixes } = keysUsed(file, sections);
      for (const key of exact) if (!english.has(key)) unknown.push(`${relative('.', file)}: ${key}`);
      for (const prefix of prefixes) if (!groups.has(prefix)) unknown.push(`${relative('.', file)}: ${prefix}.*`);
    }
    expect(unknown).toEqual([]);
  });
});
