import type { AppDeps } from '../deps.ts';
import type { PasskeyList } from './schemas.ts';
import { relyingParty } from './webauthn-relying-party.ts';

/** One's own passkeys, newest first, and whether passkeys can be added here at all. */
export async function listMyPasskeys(deps: Pick<AppDeps, 'db' | 'config'>, options: { staffId: string }): Promise<PasskeyList> {
  const rows = await deps.db.staffPasskey.findMany({ where: { staffId: options.staffId }, orderBy: { createdAt: 'desc' }, take: 100 });
  return {
    available: relyingParty(deps.config) !== null,
    items: rows.map((p) => ({ id: p.id, name: p.name, createdAt: p.createdAt.toISOString(), lastUsedAt: p.lastUsedAt?.toISOString() ?? null })),
  };
}
