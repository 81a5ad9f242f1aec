import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalogue, Message } from './start-i18n.ts';

/**
 * The pseudo-locale (`?lang=pseudo`): every English message accented and
 * about 40% longer ("Check card" becomes "[Çĥééçķ çààŕð]", a longer message ends in "~~~~~ ~~"), with its
 * arguments, plurals and tags left as they are. Text still in English was
 * never translated; a box that overflows or cuts text will break in Welsh
 * or Polish too. Built when asked for, in its own chunk.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'àƀçðéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);
const VOWELS = /[aeiouAEIOU]/;
/** How much longer than English: translations run up to 30–40% longer on short strings. */
const GROWTH = 0.4;

function accent(text: string): { text: string; added: number } {
  let added = 0;
  let out = '';
  for (const letter of text) {
    const accented = ACCENTED[letter] ?? letter;
    if (VOWELS.test(letter)) {
      out += accented + accented;
      added++;
    } else out += accented;
  }
  return { text: out, added };
}

/** The elements pseudo-localised; `length` counts English letters and `added` the letters added, for the padding. */
function pseudoElements(elements: MessageFormatElement[], count: { length: number; added: number }): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal: {
        const { text, added } = accent(element.value);
        count.length += element.value.length;
        count.added += added;
        return { ...element, value: text };
      }
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(Object.entries(element.options).map(([name, option]) => [name, { ...option, value: pseudoElements(option.value, count) }])),
        };
      case TYPE.tag:
        return { ...element, children: pseudoElements(element.children, count) };
      default:
        return element;
    }
  });
}

export function pseudoMessage(message: Message): MessageFormatElement[] {
  // Plain text is one literal; a message with syntax is a tree (the builds compile them; parse is for tests and tools).
  const elements: MessageFormatElement[] = typeof message !== 'string' ? message : /[{}#'<]/.test(message) ? parse(message) : [{ type: TYPE.literal, value: message }];
  const count = { length: 0, added: 0 };
  const body = pseudoElements(elements, count);
  // The rest of the growth as short words, the way a longer translation grows (not one unbreakable run).
  const missing = Math.max(0, Math.ceil(count.length * GROWTH) - count.added - 2);
  const padding = Array.from({ length: Math.ceil(missing / 6) }, (_, i) => '~'.repeat(Math.min(5, missing - i * 6))).join(' ');
  return [{ type: TYPE.literal, value: '[' }, ...body, { type: TYPE.literal, value: padding ? ` ${padding}]` : ']' }];
}

export function pseudoCatalogue(english: Catalogue): Catalogue {
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => [key, typeof value === 'string' || Array.isArray(value) ? pseudoMessage(value) : pseudoCatalogue(value)]),
  );
}
