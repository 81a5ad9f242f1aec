import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDateOfBirth } from '../../api/src/holders/holder-input.ts';
import { cleanName, cleanText } from '../../api/src/shared/clean-text.ts';
import { foldForSearch, searchTextOf, searchWords } from '../../api/src/holders/holder-names.ts';

describe('cleanName', () => {
  it.each([
    ['  Amelia  ', 'Amelia'],
    ['Ann\nMarie\t Smith', 'Ann Marie Smith'],
    ['\u202EailemA', 'ailemA'],
    ['Jo\u2066hn\u2069', 'John'],
    ['Jo\u200Bhn\u200D\uFEFF', 'John'],
    ['Zoe\u0301', 'Zo\u00e9'],
    ['Zo\u200Be\u0301', 'Zo\u00e9'],
    ['Mia\u0000\u0007\u007F\u0085', 'Mia'],
    ['Private\uE000Use', 'PrivateUse'],
    ['Lone\uD800Surrogate', 'LoneSurrogate'],
    ['Nguy\u1EC5n\u00A0Th\u1ECB', 'Nguy\u1EC5n Th\u1ECB'],
    ['\u202E\u200B \u2066', ''],
    // Drawn as nothing, or the marks of text lost on the way.
    ['A\u034Fnn', 'Ann'],
    ['Ann\uFFFD', 'Ann'],
    ['\u3164Ann\u115F', 'Ann'],
    ['Ann\uFE0F\uFFFC\uFFFF', 'Ann'],
  ])('%j becomes %j', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });

  it('leaves no control, format or doubled space behind, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        const once = cleanName(input);
        expect(once).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u);
        expect(once).not.toMatch(/\s{2,}|^\s|\s$/u);
        expect(once).toBe(once.normalize('NFC'));
        expect(cleanName(once)).toBe(once);
      }),
    );
    // A hundred generated names: a few seconds on a busy two-core machine, more than the default 5 s limit allows.
  }, 60_000);
});

describe('cleanText', () => {
  it('keeps line breaks and tabs but drops other controls and bidi overrides', () => {
    expect(cleanText('  Line one\r\nLine\ttwo\u202E\u0000\rthree  ')).toBe('Line one\nLine\ttwo\nthree');
    expect(cleanText('Lost\uFFFD text\uFFFE')).toBe('Lost text');
  });
});

describe('search text', () => {
  it('joins names and reference, lower-cased and without accents, skipping what is missing', () => {
    expect(searchTextOf({ givenName: 'Łucja', familyName: 'Nowak', preferredName: null, reference: 'REF-1' })).toBe('lucja nowak ref-1');
  });

  it('never hands a LIKE wildcard to the database, and matches `_` and `%` literally', () => {
    const text = searchTextOf({ givenName: 'A', familyName: 'B', preferredName: null, reference: 'X_1%\\' });
    expect(text).not.toMatch(/[%_\\]/);
    const [word] = searchWords('x_1%\\');
    expect(word).not.toMatch(/[%_\\]/);
    expect(text).toContain(word);
    expect(text).not.toContain(searchWords('xy1')[0]);
  });

  it('splits a query into cleaned, lower-case words', () => {
    expect(searchWords('  AMELIA \u202E Kowal\u200Bczyk ')).toEqual(['amelia', 'kowalczyk']);
    expect(searchWords(' \u200B ')).toEqual([]);
  });
});

describe('checkDateOfBirth', () => {
  const today = new Date('2026-03-01T12:00:00Z');
  it('accepts real dates from 1990 up to today', () => {
    for (const date of ['1990-01-01', '2024-02-29', '2026-03-01']) expect(checkDateOfBirth(date, today)).toBe(date);
  });
  it.each(['2024-02-30', '2023-02-29', '2013-13-01', '2013-00-10', '2013-04-31', '1989-12-31', '2026-03-02', '0024-01-01'])(
    'refuses %s naming the field',
    (date) => {
      expect(() => checkDateOfBirth(date, today)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'dateOfBirth' }));
    },
  );
});

describe('search folding', () => {
  it('finds accented names typed without accents, and the other way round', () => {
    const text = searchTextOf({ givenName: 'Zofia', familyName: 'Wiśniewska-Łukasiewicz', preferredName: null, reference: null });
    for (const query of ['wisniewska', 'WIŚNIEWSKA', 'lukasiewicz', 'łukasiewicz']) {
      expect(searchWords(query).every((w) => text.includes(w)), query).toBe(true);
    }
    expect(foldForSearch('Ștefan Ó Súilleabháin Øre Straße')).toBe('stefan o suilleabhain ore strasse');
    expect(foldForSearch('Ζωή Александра')).toBe('ζωη александра');
  });
});
