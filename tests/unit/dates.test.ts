import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { browserKnows, datesFor } from '../../web/src/i18n/dates.ts';

/**
 * The one date module both web apps use. Chromium has no Welsh date data, so
 * Welsh is simulated here by telling the module the runtime lacks the
 * language (Node's full ICU has Welsh), with the real Welsh catalogues.
 */
type Tree = { [key: string]: string | Tree };
const ROOT = join(import.meta.dirname, '..', '..');
const catalogue = (file: string): Tree => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Tree;
const translatorOf = (tree: Tree, locale: string) => (key: string, values?: Record<string, unknown>) => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no message ${key}`);
  return String(new IntlMessageFormat(node, locale).format(values as Record<string, string>));
};

const publicWelsh = datesFor('cy-GB', translatorOf(catalogue('web/src/public/locales/cy.json'), 'cy'), false);
const staffWelsh = datesFor('cy-GB', translatorOf(catalogue('web/src/locales/cy.json'), 'cy'), false);
const english = datesFor('en-GB', translatorOf(catalogue('web/src/public/locales/en.json'), 'en'));
const moment = new Date(2027, 2, 12, 14, 32, 5);

describe('dates in the page’s language', () => {
  it('writes English with the browser’s data, as the pages always have', () => {
    expect(english.calendarDay('2027-09-14')).toBe('14 September 2027');
    expect(english.calendarDay('2027-09-14', 'medium')).toBe('14 Sept 2027');
    expect(english.dayTime(moment)).toBe('12 Mar 2027, 14:32');
    expect(english.dayTime(moment, { seconds: true })).toBe('12 Mar 2027, 14:32:05');
    expect(english.calendarMonth('2027-03')).toBe('March 2027');
    expect(english.calendarMonth('2026-06', 'short')).toBe('Jun 26');
    expect(english.moment(moment, new Date(2027, 2, 12, 18))).toBe('14:32 today');
    expect(english.moment(moment, new Date(2027, 2, 13, 9))).toBe('14:32 on 12 March 2027');
    expect(english.months()[8]).toBe('September');
  });

  it('names Welsh months from the catalogue when the browser has no Welsh dates', () => {
    expect(publicWelsh.calendarDay('2027-12-07')).toBe('7 Rhagfyr 2027');
    expect(publicWelsh.calendarDay('2027-09-14')).toBe('14 Medi 2027');
    expect(publicWelsh.months()).toEqual(['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr']);
    expect(publicWelsh.moment(moment, new Date(2027, 2, 12, 18))).toBe('14:32 heddiw');
    expect(publicWelsh.moment(moment, new Date(2027, 2, 14))).toBe('14:32 ar 12 Mawrth 2027');
    expect(staffWelsh.dayTime(moment)).toBe('12 Maw 2027, 14:32');
    expect(staffWelsh.dayTime(moment, { seconds: true })).toBe('12 Maw 2027, 14:32:05');
    expect(staffWelsh.calendarDay('2013-02-01', 'medium')).toBe('1 Chwef 2013');
    expect(staffWelsh.calendarMonth('2027-06')).toBe('Mehefin 2027');
    expect(staffWelsh.calendarMonth('2026-06', 'short')).toBe('Meh 26');
  });

  it('tells a language the runtime lacks from one it has, and leaves what is not a date as it is', () => {
    expect(browserKnows('en-GB')).toBe(true);
    expect(browserKnows('zz-GB')).toBe(false);
    // Without the injected check: a locale this runtime has no data for takes the catalogue's words.
    const unknown = datesFor('zz-GB', translatorOf(catalogue('web/src/public/locales/cy.json'), 'cy'));
    expect(unknown.calendarDay('2027-03-27')).toBe('27 Mawrth 2027');
    expect(english.calendarDay('not a date')).toBe('not a date');
    expect(english.calendarMonth('2027')).toBe('2027');
  });
});
