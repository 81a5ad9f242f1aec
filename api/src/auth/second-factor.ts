/** The columns that say whether an account has a second factor: an authenticator app, passkeys, or both. */
export type SecondFactorColumns = { totpEnabledAt: Date | null; passkeyCount: number };

export function hasSecondFactor(staff: SecondFactorColumns): boolean {
  return staff.totpEnabledAt !== null || staff.passkeyCount > 0;
}

/** What the second step of signing in can take for this account (recovery codes whenever it has any second factor). */
export function secondFactorMethods(staff: SecondFactorColumns): Array<'totp' | 'passkey' | 'recovery_code'> {
  return [
    ...(staff.totpEnabledAt ? (['totp'] as const) : []),
    ...(staff.passkeyCount > 0 ? (['passkey'] as const) : []),
    'recovery_code' as const,
  ];
}
