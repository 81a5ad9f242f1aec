import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { precompileMessages } from '../../web/scripts/precompile-messages.ts';
import { pseudoCatalogue, pseudoMessage } from '../../web/src/i18n/pseudo-locale.ts';
import type { Catalogue } from '../../web/src/i18n/start-i18n.ts';

/**
 * The pseudo-locale (?lang=pseudo) and the build step that compiles catalogue
 * messages: what they produce must be messages FormatJS formats the same way,
 * arguments, plurals and tags intact.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function argumentsOf(elements: MessageFormatElement[], into: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.plural || element.type === TYPE.select) into.push(element.value);
    if (element.type === TYPE.tag) {
      into.push(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into.sort();
}

describe('the pseudo-locale', () => {
  it('accents and lengthens the words, and keeps arguments and tags', () => {
    const source = 'Valid until <strong>{date}</strong>';
    const pseudo = printAST(pseudoMessage(source));
    expect(pseudo).toBe('[Ṽààļîîð ûûñţîîļ <strong>{date}</strong>]');
    expect(argumentsOf(parse(pseudo))).toEqual(argumentsOf(parse(source)));
    const text = new IntlMessageFormat(pseudoMessage(source), 'en-GB').format<string>({ date: '14 September 2027', strong: (parts) => `*${parts.join('')}*` });
    expect(text).toContain('*14 September 2027*');
  });

  it('keeps plural cases and the number in them', () => {
    const source = '{count, plural, one {# offer} other {# offers}}';
    const pseudo = pseudoMessage(source);
    const format = new IntlMessageFormat(pseudo, 'en-GB');
    expect(format.format({ count: 1 })).toMatch(/^\[1 öö/);
    expect(format.format({ count: 3 })).toMatch(/^\[3 öö.*š/);
  });

  it('makes every English message about 40% longer', () => {
    const english = JSON.parse(readFileSync(join(ROOT, 'web/src/public/locales/en.json'), 'utf8')) as Catalogue;
    const pseudo = pseudoCatalogue(english);
    const plain = (english.verify as Catalogue).lead as string;
    const text = new IntlMessageFormat(((pseudo.verify as Catalogue).lead as MessageFormatElement[]), 'en-GB').format() as string;
    expect(text.length).toBeGreaterThanOrEqual(Math.floor(plain.length * 1.4));
    expect(text.length).toBeLessThanOrEqual(Math.ceil(plain.length * 1.5));
    expect(Object.keys(pseudo)).toEqual(Object.keys(english));
  });
});

describe('compiling the catalogues at build', () => {
  const plugin = precompileMessages();
  const transform = (code: string, id: string) =>
    (plugin.transform as (code: string, id: string) => { code: string } | undefined).call({}, code, id);

  it('turns messages with ICU syntax into trees and leaves plain text alone', () => {
    const out = transform(JSON.stringify({ a: { plain: 'Check card', rich: 'Valid until <strong>{date}</strong>' } }), '/repo/web/src/public/locales/cy.json');
    const compiled = JSON.parse(out!.code) as { a: { plain: string; rich: MessageFormatElement[] } };
    expect(compiled.a.plain).toBe('Check card');
    expect(compiled.a.rich).toEqual(parse('Valid until <strong>{date}</strong>'));
  });

  it('fails the build on a broken message, naming its key', () => {
    expect(() => transform(JSON.stringify({ verify: { title: 'Valid until {date' } }), '/repo/web/src/locales/en.json')).toThrow(/verify\.title/);
  });

  it('touches no other JSON', () => {
    expect(transform('{"a":"{b}"}', '/repo/web/src/other.json')).toBeUndefined();
  });
});
