import { describe, expect, it } from 'vitest';
import { isPublicPage, PUBLIC_PAGES, publicPagePatterns } from '../../api/src/public-pages.ts';

describe('the list of public pages', () => {
  const samples: [string, boolean][] = [
    ['/v', true],
    ['/v/', true],
    ['/v/anything', true],
    ['/benefits', true],
    ['/you-said-we-did', true],
    ['/you-said-we-didnt', false],
    ['/partners/guide', true],
    ['/partners/guide/', true],
    ['/my', true],
    ['/mystery', false],
    ['/', false],
    ['/login', false],
    ['/vouchers', false],
    ['/partners', false],
    ['/partners/guidelines', false],
    ['/public/public.html', false],
  ];

  it('names the verify page, the directory, the partner guide, a young carer\'s own card, the referral form and "you said, we did"', () => {
    expect(Object.values(PUBLIC_PAGES)).toEqual(['/v', '/benefits', '/partners/guide', '/my', '/refer', '/you-said-we-did']);
  });

  it('gives the server and the service worker the same answer for every path', () => {
    const patterns = publicPagePatterns();
    for (const [pathname, expected] of samples) {
      expect(isPublicPage(pathname), pathname).toBe(expected);
      expect(patterns.some((p) => p.test(pathname)), pathname).toBe(expected);
    }
    // The worker sees the query too: a partner link is still the verify page.
    expect(patterns.some((p) => p.test('/v?p=riverpool'))).toBe(true);
    expect(patterns.some((p) => p.test('/vouchers?p=1'))).toBe(false);
  });
});
