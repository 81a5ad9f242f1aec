import type { Tx } from '../db/transaction.ts';

/** The Setting row behind "require two-step sign-in for everyone" (JSON true/false; no row means off). */
export const REQUIRE_MFA_SETTING = 'auth.requireMfa';

export async function isMfaRequired(db: Tx): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: REQUIRE_MFA_SETTING } });
  return row?.value === 'true';
}
