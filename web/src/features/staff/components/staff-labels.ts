import type { StaffRole, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { formatDayTime } from '../../../i18n/dates.ts';

type StaffStatus = StaffUser['status'];

/** The names of the roles in the page's language, read when drawn (`roleLabel.admin`): `staff.roles.<role>`. */
export const roleLabel = Object.defineProperties({} as Record<StaffRole, string>, {
  admin: { get: () => t('staff.roles.admin'), enumerable: true },
  staff: { get: () => t('staff.roles.staff'), enumerable: true },
});

export const statusLabel = (status: StaffStatus): string => t(`staff.status.label.${status}`);

export const statusDescription = (status: StaffStatus): string => t(`staff.status.description.${status}`);

/** A moment in the page's language and the browser's time zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDayTime(date);
}

/** "in 3 days", "in 5 hours" in the page's language: how long until a moment in the future. */
export function formatTimeUntil(iso: string, locale: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const abs = Math.abs(seconds);
  if (abs < 60) return relative.format(seconds, 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  return relative.format(Math.round(seconds / 86_400), 'day');
}
