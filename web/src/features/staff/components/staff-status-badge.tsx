import type { StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { statusDescription, statusLabel } from './staff-labels.ts';

export function StaffStatusBadge({ status }: { status: StaffUser['status'] }) {
  return (
    <span className={`badge badge--${status}`} title={statusDescription[status]}>
      {statusLabel[status]}
    </span>
  );
}
