import type { JWK } from 'jose';
import type { AppDeps } from '../deps.ts';
import { listSigningKeys } from './list-signing-keys.ts';

/** The public keys a verifier needs: every key not withdrawn that is active or still has unexpired cards. */
export async function publishedKeys(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<JWK[]> {
  const keys = await listSigningKeys(deps);
  const kids = keys.filter((k) => k.status === 'active' || (k.status === 'retired' && k.unexpiredCards > 0)).map((k) => k.kid);
  const rows = await deps.db.signingKey.findMany({ where: { kid: { in: kids } } });
  return rows.map((r) => JSON.parse(r.publicJwk) as JWK);
}
