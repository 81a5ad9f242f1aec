import { describe, expect, it } from 'vitest';
import { published, publishedBreakdown, publishedRounded } from '../../api/src/reports/small-numbers.ts';

describe('small numbers in reports', () => {
  it('shows 0 and 5 up, and 1 to 4 as "<5"', () => {
    expect([0, 1, 4, 5, 37].map(published)).toEqual([0, '<5', '<5', 5, 37]);
  });

  it('rounds a stock to the nearest 10, small ones still "<5"', () => {
    expect([0, 3, 5, 9, 14, 15, 121].map(publishedRounded)).toEqual([0, '<5', 10, 10, 10, 20, 120]);
  });

  it('leaves a breakdown with nothing small as it is', () => {
    expect(publishedBreakdown([12, 0, 7])).toEqual([12, 0, 7]);
  });

  it('hides the next smallest counts until the hidden ones are two or more and add up to 10', () => {
    expect(publishedBreakdown([12, 9, 2, 0])).toEqual([12, 'hidden', '<5', 0]);
    expect(publishedBreakdown([20, 6, 2])).toEqual(['hidden', 'hidden', '<5']);
    expect(publishedBreakdown([30, 4, 3, 5])).toEqual([30, '<5', '<5', 'hidden']);
    expect(publishedBreakdown([3])).toEqual(['<5']);
  });

  it('no hidden count can be had by subtracting the shown ones from the sum', () => {
    for (const counts of [[12, 9, 2, 0], [30, 4, 3, 5], [8, 1, 50, 6, 2]]) {
      const out = publishedBreakdown(counts);
      const hidden = counts.filter((_, i) => typeof out[i] === 'string');
      expect(hidden.length === 0 || (hidden.length >= 2 && hidden.reduce((a, b) => a + b, 0) >= 10) || hidden.length === counts.length).toBe(true);
    }
  });
});
