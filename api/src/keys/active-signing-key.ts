import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';

/** The active key and its private half, for signing a new card or status list. */
export async function activeSigningKey(deps: Pick<AppDeps, 'db' | 'keyring'>) {
  const active = await deps.db.signingKey.findFirst({ where: { status: 'active' } });
  const privateKey = active ? deps.keyring.privateKey(active.kid) : undefined;
  if (!active || !privateKey) {
    throw new AppError('KEY_STATE_CONFLICT', 'This server does not hold the active card-signing key. Check DATA_DIR/keys or CARD_SIGNING_KEYS.');
  }
  return { kid: active.kid, privateKey };
}
