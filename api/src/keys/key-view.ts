import type { SigningKeyView } from './schemas.ts';

export function toSigningKeyView(
  key: { kid: string; status: string; createdAt: Date; retiredAt: Date | null; withdrawnAt: Date | null },
  unexpiredCards: number,
): SigningKeyView {
  return {
    kid: key.kid,
    status: key.status === 'active' ? 'active' : key.status === 'withdrawn' ? 'withdrawn' : 'retired',
    createdAt: key.createdAt.toISOString(),
    retiredAt: key.retiredAt?.toISOString() ?? null,
    withdrawnAt: key.withdrawnAt?.toISOString() ?? null,
    unexpiredCards,
  };
}
