/**
 * The ages an offer's age limits may fall on. A verify answer lists the
 * offers that apply to the card holder today, so an offer for exactly one age
 * (or two offers meeting at a chosen age) would tell a shop how old the child
 * is. With every limit on these edges, any mix of offers tells no more than
 * the band: under 8, 8 to 11, 12 to 14, 15 to 17, 18 to 20, 21 to 24, 25 and
 * over (12 and 15 are the UK's film and game ratings, 18 adulthood).
 */
export const AGE_BAND_STARTS = [8, 12, 15, 18, 21, 25] as const;

/** A youngest age an offer may have: the first age of a band. */
export type BandStart = (typeof AGE_BAND_STARTS)[number];

/** The oldest ages an offer may have: the last age of each band (one less than the next band's start). */
export const AGE_BAND_ENDS = [7, 11, 14, 17, 20, 24] as const;

/** "8 to 11", "25 and over": the band an age is in, in words. */
export function ageBandOf(age: number): string {
  const start = [...AGE_BAND_STARTS].reverse().find((edge) => age >= edge);
  const next = AGE_BAND_STARTS.find((edge) => edge > age);
  if (start === undefined) return `under ${AGE_BAND_STARTS[0]}`;
  return next === undefined ? `${start} and over` : `${start} to ${next - 1}`;
}
