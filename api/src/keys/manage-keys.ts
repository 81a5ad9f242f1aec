import type { JWK } from 'jose';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { Keyring } from './keyring.ts';
import type { SigningKeyView } from './schemas.ts';

export type KeyDeps = { db: Db; keyring: Keyring; clock?: () => Date };
const now = (deps: KeyDeps) => (deps.clock ? deps.clock() : new Date());

/**
 * At start-up: make sure a key signs new cards. Keys given in the environment
 * are registered; with no active key at all, one is generated.
 */
export async function ensureSigningKey(deps: KeyDeps, envKeys: JWK[] = []): Promise<{ kid: string; generated: boolean }> {
  const { db } = deps;
  for (const jwk of envKeys) {
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
    await db.signingKey.create({ data: { kid: key.kid, publicJwk: JSON.stringify(key.publicJwk), status: 'active', createdAt: now(deps) } });
    return { kid: key.kid, generated: true };
  } catch (error) {
    // Another process sharing the database made one first.
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.signingKey.findFirstOrThrow({ where: { status: 'active' } });
    return { kid: winner.kid, generated: false };
  }
}

/** The active key and its private half, for signing a new card. */
export async function activeSigningKey(deps: KeyDeps) {
  const active = await deps.db.signingKey.findFirst({ where: { status: 'active' } });
  const privateKey = active ? deps.keyring.privateKey(active.kid) : undefined;
  if (!active || !privateKey) {
    throw new AppError('KEY_STATE_CONFLICT', 'This server does not hold the active card-signing key. Check DATA_DIR/keys or CARD_SIGNING_KEYS.');
  }
  return { kid: active.kid, privateKey };
}

/** New cards are signed with a new key; cards signed with the old one keep verifying. */
export async function rotateSigningKey(deps: KeyDeps, context: AuditContext): Promise<SigningKeyView> {
  const { db } = deps;
  const at = now(deps);
  const key = await deps.keyring.generate();
  const [, created] = await db.$transaction([
    db.signingKey.updateMany({ where: { status: 'active' }, data: { status: 'retired', retiredAt: at } }),
    db.signingKey.create({ data: { kid: key.kid, publicJwk: JSON.stringify(key.publicJwk), status: 'active', createdAt: at } }),
  ]);
  await recordAuditEvent(deps, context, { action: 'key.rotate', entityType: 'signing_key', entityId: key.kid });
  return toView(created, 0);
}

/**
 * For a compromised key: every card it signed becomes not valid at once, and
 * its current cards are revoked (reason key_withdrawn). Withdrawing the active
 * key first rotates to a new one. The answer's unexpiredCards is how many
 * cards were revoked.
 */
export async function withdrawSigningKey(deps: KeyDeps, context: AuditContext, kid: string): Promise<SigningKeyView> {
  const { db } = deps;
  const key = await db.signingKey.findUnique({ where: { kid } });
  if (!key) throw new AppError('NOT_FOUND', 'No signing key with this kid.');
  if (key.status === 'withdrawn') throw new AppError('KEY_STATE_CONFLICT', 'This key is already withdrawn.');
  if (key.status === 'active') await rotateSigningKey(deps, context);
  const at = now(deps);
  // Its cards are revoked too, so staff see them as revoked (and reissue them) and
  // offline verifiers learn it from the status list.
  const [updated, revoked] = await db.$transaction([
    db.signingKey.update({ where: { kid }, data: { status: 'withdrawn', withdrawnAt: at, retiredAt: key.retiredAt ?? at } }),
    db.card.updateMany({
      where: { kid, status: { in: ['active', 'suspended'] }, expiresAt: { gt: at } },
      data: { status: 'revoked', statusReason: 'key_withdrawn', statusChangedAt: at },
    }),
  ]);
  await recordAuditEvent(deps, context, {
    action: 'key.withdraw', entityType: 'signing_key', entityId: kid, details: { revokedCards: revoked.count },
  });
  return toView(updated, revoked.count);
}

export async function listSigningKeys(deps: KeyDeps): Promise<SigningKeyView[]> {
  const at = now(deps);
  const keys = await deps.db.signingKey.findMany({ orderBy: { createdAt: 'desc' } });
  const counts = await deps.db.card.groupBy({
    by: ['kid'],
    where: { expiresAt: { gt: at }, status: { in: ['active', 'suspended'] } },
    _count: { _all: true },
  });
  const byKid = new Map(counts.map((c) => [c.kid, c._count._all]));
  return keys.map((k) => toView(k, byKid.get(k.kid) ?? 0));
}

/** The public keys a verifier needs: every key not withdrawn that is active or still has unexpired cards. */
export async function publishedKeys(deps: KeyDeps): Promise<JWK[]> {
  const keys = await listSigningKeys(deps);
  const rows = await deps.db.signingKey.findMany({ where: { kid: { in: keys.filter((k) => k.status === 'active' || (k.status === 'retired' && k.unexpiredCards > 0)).map((k) => k.kid) } } });
  return rows.map((r) => JSON.parse(r.publicJwk) as JWK);
}

function toView(
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
