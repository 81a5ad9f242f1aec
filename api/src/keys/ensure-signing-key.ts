import type { JWK } from 'jose';
import { isUniqueViolation } from '../db/errors.ts';
import type { AppDeps } from '../deps.ts';

/**
 * At start-up: make sure a key signs new cards. Keys given in the environment
 * are registered; with no active key at all, one is generated.
 */
export async function ensureSigningKey(
  deps: Pick<AppDeps, 'db' | 'keyring' | 'clock'>,
  options: { fromEnv?: JWK[] } = {},
): Promise<{ kid: string; generated: boolean }> {
  const { db } = deps;
  for (const jwk of options.fromEnv ?? []) {
    const { d: _private, ...publicJwk } = jwk;
    const exists = await db.signingKey.findUnique({ where: { kid: jwk.kid! } });
    if (!exists) {
      const active = await db.signingKey.findFirst({ where: { status: 'active' } });
      await db.signingKey
        .create({ data: { kid: jwk.kid!, publicJwk: JSON.stringify({ ...publicJwk, alg: 'EdDSA', use: 'sig' }), status: active ? 'retired' : 'active' } })
        .catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
        });
    }
  }
  const active = await db.signingKey.findFirst({ where: { status: 'active' } });
  if (active) return { kid: active.kid, generated: false };
  try {
    const key = await deps.keyring.generate();
    await db.signingKey.create({ data: { kid: key.kid, publicJwk: JSON.stringify(key.publicJwk), status: 'active', createdAt: deps.clock() } });
    return { kid: key.kid, generated: true };
  } catch (error) {
    // Another process sharing the database made one first.
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.signingKey.findFirstOrThrow({ where: { status: 'active' } });
    return { kid: winner.kid, generated: false };
  }
}
