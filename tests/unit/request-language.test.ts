import { describe, expect, it } from 'vitest';
import { requestLanguage } from '../../api/src/locales/request-language.ts';

describe('the language of a public answer, from Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['cy', 'cy'],
    ['cy-GB', 'cy'],
    ['CY-gb', 'cy'],
    ['en-GB, cy;q=0.9', 'en'],
    ['en;q=0.4, cy-GB;q=0.9, pl;q=0.8', 'cy'],
    ['pl;q=0.5, ur;q=0.5', 'pl'],
    ['fr, de;q=0.9, ar;q=0.1', 'ar'],
    ['cy;q=0, cy-GB, pl;q=0.2', 'pl'],
    ['fr, *;q=0.5', 'en'],
    ['cy;q=abc, ur;q=2, ar;q=0.3', 'ar'],
    ['x'.repeat(2000), 'en'],
    [['pl;q=0.3', 'ur;q=0.6'], 'ur'],
  ] as const)('%j gives %s', (header, language) => {
    expect(requestLanguage(header as string | string[] | undefined)).toBe(language);
  });
});
