import fp from 'fastify-plugin';
import type { CardDeps } from '../cards/deps.ts';
import { Keyring } from '../keys/keyring.ts';
import { ensureSigningKey } from '../keys/manage-keys.ts';

declare module 'fastify' {
  interface FastifyInstance {
    keyring: Keyring;
    /** Dependencies of the card, key and verify use-cases. */
    cardDeps: CardDeps;
  }
}

/** Loads the card-signing keys and makes sure one of them signs new cards. */
export default fp<{ clock?: () => Date }>(
  async (app, { clock }) => {
    const keyring = new Keyring(app.config.dataDir, app.config.cards.signingKeys);
    app.decorate('keyring', keyring);
    app.decorate('cardDeps', { db: app.db, keyring, config: app.config, clock });
    const { kid, generated } = await ensureSigningKey(app.cardDeps, app.config.cards.signingKeys);
    if (generated) app.log.info({ kid }, 'generated a card-signing key');
  },
  { name: 'cards', dependencies: ['config', 'database'] },
);
