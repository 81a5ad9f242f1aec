import { ConfigError } from '../config.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { AppDeps } from '../deps.ts';

/** The Setting row that holds the `iss` of every card token, written once. */
export const CARD_ISSUER_SETTING = 'card_issuer';

/**
 * At start-up: the one issuer of this database's cards. The first start
 * stores its configured issuer (CARD_ISSUER, or the one derived from
 * PUBLIC_URL); a concurrent first start loses the insert and takes the
 * winner's. Every later start uses the stored one, whatever its PUBLIC_URL,
 * so processes (and restarts) that differ in address still agree. An explicit
 * CARD_ISSUER that differs from the stored one stops the start: changing the
 * issuer would make every card already issued not valid.
 */
export async function ensureCardIssuer(
  deps: Pick<AppDeps, 'db' | 'log'>,
  options: { configured: string; explicit: boolean },
): Promise<string> {
  const { db } = deps;
  const { configured, explicit } = options;
  let stored = (await db.setting.findUnique({ where: { key: CARD_ISSUER_SETTING } }))?.value;
  if (stored === undefined) {
    try {
      await db.setting.create({ data: { key: CARD_ISSUER_SETTING, value: configured } });
      return configured;
    } catch (error) {
      // Another process sharing the database stored one first.
      if (!isUniqueViolation(error)) throw error;
      stored = (await db.setting.findUniqueOrThrow({ where: { key: CARD_ISSUER_SETTING } })).value;
    }
  }
  if (stored === configured) return stored;
  if (explicit) {
    throw new ConfigError(
      `Invalid configuration: CARD_ISSUER is "${configured}", but this database's cards are issued as "${stored}" ` +
        `(stored on its first start). Every process must use the one issuer, or cards stop verifying: ` +
        `set CARD_ISSUER=${stored}, or leave CARD_ISSUER unset to use the stored one.`,
    );
  }
  deps.log.info({ issuer: stored, fromPublicUrl: configured }, 'card issuer: the one stored in the database (PUBLIC_URL would give another)');
  return stored;
}
