// The referral duplicate check on a register of 10,000 young carers, for npm run bench (see run.ts).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { searchTextOf } from '../api/src/holders/holder-names.ts';
import { findPossibleDuplicates } from '../api/src/referrals/find-possible-duplicates.ts';

export type ReferralFigures = { holders: number; referrals: number; medianMs: number; p95Ms: number; matchesFound: number };

const GIVEN = ['Amelia', 'Zoë', 'Mohammed', 'Oliver', 'Aisha', 'Jakub', 'Chloe', 'Tobi', 'Ewa', 'Harry', 'Maya', 'Łukasz'];
const FAMILY = ['Smith', 'Kowalczyk-Brown', 'Nwosu', 'Wiśniewska', 'Patel', 'Jones', 'Rahman', 'Taylor', 'Nowak', 'Okafor'];
const day = (i: number) => new Date(Date.UTC(2009, 0, 1) + (i % 3300) * 86_400_000).toISOString().slice(0, 10);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const round = (n: number) => Math.round(n * 100) / 100;

/** Time per referral of the staff-side duplicate check (dates of birth spread over nine years, about 3 holders a day). */
export async function benchReferralDuplicates(app: FastifyInstance, options: { holders: number; referrals: number }): Promise<ReferralFigures> {
  const now = new Date();
  const existing = await app.db.holder.count();
  const rows = Array.from({ length: Math.max(0, options.holders - existing) }, (_, i) => {
    const names = { givenName: GIVEN[i % GIVEN.length]!, familyName: `${FAMILY[(i * 7) % FAMILY.length]!}${i % 13 === 0 ? '' : i}`, preferredName: null, reference: null };
    return {
      id: randomUUID(),
      ...names,
      dateOfBirth: day(i),
      contactEmail: `family${i}@bench.test`,
      contactPhone: `0115 ${String(4_000_000 + i).slice(0, 3)} ${String(i).padStart(4, '0')}`,
      consentBy: 'parent',
      consentAt: now,
      consentMethod: 'written',
      searchText: searchTextOf(names),
    };
  });
  for (let i = 0; i < rows.length; i += 500) await app.db.holder.createMany({ data: rows.slice(i, i + 500) });
  const referrals = [];
  for (let i = 0; i < options.referrals; i++) {
    const names = { givenName: GIVEN[i % GIVEN.length]!.toLowerCase(), familyName: FAMILY[(i * 7) % FAMILY.length]!, preferredName: null };
    referrals.push(
      await app.db.referral.create({
        data: {
          id: randomUUID(),
          reference: `BENCH${String(i).padStart(3, '0')}`,
          status: 'new',
          ...names,
          dateOfBirth: day(i * 13),
          referrerRole: 'parent',
          referrerName: 'Bench Parent',
          referrerEmail: `family${i * 17}@bench.test`,
          referrerPhone: `+44 115 ${String(4_000_000 + i).slice(0, 3)} ${String(i * 3).padStart(4, '0')}`,
          consentBy: 'parent',
          consentMethod: 'online',
          searchText: searchTextOf({ ...names, reference: null }),
          createdAt: now,
        },
      }),
    );
  }
  const times: number[] = [];
  let matchesFound = 0;
  for (const referral of referrals) {
    const started = performance.now();
    const found = await findPossibleDuplicates(app.db, referral);
    times.push(performance.now() - started);
    matchesFound += found.holders.length + found.referrals.length;
  }
  times.sort((a, b) => a - b);
  return { holders: await app.db.holder.count(), referrals: referrals.length, medianMs: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), matchesFound };
}
