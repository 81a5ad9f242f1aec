import { hasSecondFactor } from '../auth/second-factor.ts';
import type { StaffUser } from './schemas.ts';

type StaffRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  passwordHash: string | null;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  totpEnabledAt: Date | null;
  passkeyCount: number;
};

export function toStaffUser(row: StaffRow): StaffUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role === 'admin' ? 'admin' : 'staff',
    status: row.disabledAt ? 'disabled' : row.passwordHash ? 'active' : 'invited',
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    mfaEnabled: hasSecondFactor(row),
    authenticatorApp: row.totpEnabledAt !== null,
    passkeys: row.passkeyCount,
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
