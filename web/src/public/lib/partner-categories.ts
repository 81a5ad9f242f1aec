import type { PartnerCategory } from '../../../../api/src/partners/schemas.ts';

/** How the directory names each partner category, in the order it lists them. */
export const CATEGORY_LABELS: Record<PartnerCategory, string> = {
  leisure: 'Leisure and sport',
  food: 'Food and drink',
  shop: 'Shops',
  transport: 'Travel',
  health: 'Health',
  school: 'Schools and colleges',
  other: 'Other',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as PartnerCategory[];
