import type { StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { statusDescription, statusLabel } from './staff-labels.ts';

export function StaffStatusBadge({ status }: { status: StaffUser['status'] }) {
  useTranslation();
  return (
    <span className={`badge badge--${status}`} title={statusDescription(status)}>
      {statusLabel(status)}
    </span>
  );
}
