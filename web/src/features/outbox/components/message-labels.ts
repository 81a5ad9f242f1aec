import type { MessageKind } from '../../../../../api/src/outbox/schemas.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { formatDayTime } from '../../../i18n/dates.ts';

/** What kind of message it is, in the page's language (`outbox.kinds.<kind>`). */
export const messageKindLabel = (kind: MessageKind): string => t(`outbox.kinds.${kind}`);

/** A moment in the page's language and the browser's time zone. */
export function formatMoment(iso: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDayTime(date, { seconds });
}
