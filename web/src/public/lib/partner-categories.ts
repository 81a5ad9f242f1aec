import type { PartnerCategory } from '../../../../api/src/partners/schemas.ts';
import { translate } from '../../i18n/start-i18n.ts';

/** Each partner category's name in the catalogue, in the order the directory lists them. */
const CATEGORY_KEYS: Record<PartnerCategory, string> = {
  leisure: 'directory.categories.leisure',
  food: 'directory.categories.food',
  shop: 'directory.categories.shop',
  transport: 'directory.categories.transport',
  health: 'directory.categories.health',
  school: 'directory.categories.school',
  other: 'directory.categories.other',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_KEYS) as PartnerCategory[];

/** A category's name in the page's language. */
export function categoryLabel(category: PartnerCategory): string {
  return translate(CATEGORY_KEYS[category]);
}

/** The same names as a map (`CATEGORY_LABELS.food`), each read in the page's language when it is read. */
export const CATEGORY_LABELS = Object.defineProperties(
  {} as Record<PartnerCategory, string>,
  Object.fromEntries(CATEGORY_ORDER.map((category) => [category, { get: () => categoryLabel(category), enumerable: true }])),
);
