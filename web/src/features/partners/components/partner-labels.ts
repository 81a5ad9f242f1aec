import type { BenefitView, PartnerCategory } from '../../../../../api/src/partners/schemas.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';

/** Keyed by the API's categories (PartnerCategory), in the order the select offers them. */
export const categoryLabel: Record<PartnerCategory, string> = {
  shop: 'Shop',
  leisure: 'Leisure',
  food: 'Food and drink',
  transport: 'Transport',
  school: 'School or college',
  health: 'Health',
  other: 'Other',
};

export function isPartnerCategory(value: string): value is PartnerCategory {
  return Object.hasOwn(categoryLabel, value);
}

export const partnerStatusDescription = {
  active: 'Its benefits are in verify answers and the public directory',
  inactive: 'Left out of verify answers and the public directory',
} as const;

/** Today as the API keeps benefit dates: YYYY-MM-DD in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export type BenefitState = 'active' | 'paused' | 'upcoming' | 'ended';

/** What a card holder gets today: paused by staff, not started, over, or on offer. */
export function benefitState(benefit: Pick<BenefitView, 'active' | 'validFrom' | 'validTo'>, today: string = todayUtc()): BenefitState {
  if (!benefit.active) return 'paused';
  if (benefit.validFrom && today < benefit.validFrom) return 'upcoming';
  if (benefit.validTo && today > benefit.validTo) return 'ended';
  return 'active';
}

export const benefitStateLabel: Record<BenefitState, string> = {
  active: 'On offer',
  paused: 'Paused',
  upcoming: 'Not started',
  ended: 'Ended',
};

export const benefitStateDescription: Record<BenefitState, string> = {
  active: 'Listed on valid cards’ verify answers today (within its age range)',
  paused: 'Switched off: listed nowhere until it is made active again',
  upcoming: 'Listed from its first day',
  ended: 'Its last day has passed: listed nowhere',
};

export function ageRangeText({ minAge, maxAge }: Pick<BenefitView, 'minAge' | 'maxAge'>): string {
  if (minAge !== null && maxAge !== null) return minAge === maxAge ? `Age ${minAge} only` : `Ages ${minAge} to ${maxAge}`;
  if (minAge !== null) return `Age ${minAge} and over`;
  if (maxAge !== null) return `Up to age ${maxAge}`;
  return 'Any age';
}

export function datesText({ validFrom, validTo }: Pick<BenefitView, 'validFrom' | 'validTo'>): string {
  if (validFrom && validTo) return `${formatCalendarDate(validFrom)} to ${formatCalendarDate(validTo)}`;
  if (validFrom) return `From ${formatCalendarDate(validFrom)}`;
  if (validTo) return `Until ${formatCalendarDate(validTo)}`;
  return 'No end date';
}
