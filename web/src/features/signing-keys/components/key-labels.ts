import type { SigningKeyView } from '../../../../../api/src/keys/schemas.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { formatDayTime } from '../../../i18n/dates.ts';

type KeyStatus = SigningKeyView['status'];

export const keyStatusLabel = (status: KeyStatus): string => t(`signingKeys.status.label.${status}`);

export const keyStatusDescription = (status: KeyStatus): string => t(`signingKeys.status.description.${status}`);

/** "3 unexpired cards", in the page's language. */
export function cardCount(count: number): string {
  return t('signingKeys.cardCount', { count });
}

/** A moment in the page's language and the browser's time zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDayTime(date);
}
