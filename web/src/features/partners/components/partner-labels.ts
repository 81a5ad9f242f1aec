import type { BenefitView, PartnerCategory } from '../../../../../api/src/partners/schemas.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { formatCalendarDay, formatDayTime } from '../../../i18n/dates.ts';

/** The API's categories (PartnerCategory), in the order the select offers them; each is named by `partners.categories.<code>`. */
export const PARTNER_CATEGORIES: readonly PartnerCategory[] = ['shop', 'leisure', 'food', 'transport', 'school', 'health', 'other'];

/** A category's name in the page's language. */
export const categoryName = (category: PartnerCategory): string => t(`partners.categories.${category}`);

/**
 * The categories' names in the page's language, read when drawn (`categoryLabel.shop`),
 * for pages outside this feature that still index it like a record.
 */
export const categoryLabel = Object.defineProperties(
  {} as Record<PartnerCategory, string>,
  Object.fromEntries(PARTNER_CATEGORIES.map((category) => [category, { get: () => categoryName(category), enumerable: true }])),
);

export function isPartnerCategory(value: string): value is PartnerCategory {
  return (PARTNER_CATEGORIES as readonly string[]).includes(value);
}

export const partnerStatusDescription = (status: 'active' | 'inactive'): string => t(`partners.status.description.${status}`);

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

export const benefitStateLabel = (state: BenefitState): string => t(`partners.benefitState.label.${state}`);
export const benefitStateDescription = (state: BenefitState): string => t(`partners.benefitState.description.${state}`);

export function ageRangeText({ minAge, maxAge }: Pick<BenefitView, 'minAge' | 'maxAge'>): string {
  if (minAge !== null && maxAge !== null) return minAge === maxAge ? t('partners.ages.only', { age: minAge }) : t('partners.ages.range', { minAge, maxAge });
  if (minAge !== null) return t('partners.ages.andOver', { age: minAge });
  if (maxAge !== null) return t('partners.ages.upTo', { age: maxAge });
  return t('partners.ages.any');
}

/** A benefit date (YYYY-MM-DD, no time or zone) as a Date at midnight UTC, for `{day, date, medium}` read in UTC. */
const calendarDay = (value: string) => new Date(`${value}T00:00:00Z`);

/** A calendar date in the page's language, the same day everywhere. */
export function formatDay(value: string): string {
  const date = calendarDay(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatCalendarDay(value, 'medium');
}

/** A moment (createdAt, say) in the page's language and the browser's time zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDayTime(date);
}

export function datesText({ validFrom, validTo }: Pick<BenefitView, 'validFrom' | 'validTo'>): string {
  if (validFrom && validTo) return t('partners.dates.range', { from: formatDay(validFrom), to: formatDay(validTo) });
  if (validFrom) return t('partners.dates.from', { from: formatDay(validFrom) });
  if (validTo) return t('partners.dates.until', { to: formatDay(validTo) });
  return t('partners.dates.none');
}
