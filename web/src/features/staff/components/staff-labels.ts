import type { StaffRole, StaffUser } from '../../../../../api/src/staff/schemas.ts';

export const roleLabel: Record<StaffRole, string> = { admin: 'Admin', staff: 'Staff' };

export const statusLabel: Record<StaffUser['status'], string> = {
  active: 'Active',
  invited: 'Invited',
  disabled: 'Disabled',
};

export const statusDescription: Record<StaffUser['status'], string> = {
  active: 'Can sign in',
  invited: 'Has not set a password yet',
  disabled: 'Cannot sign in',
};
