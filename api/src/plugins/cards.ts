import fp from 'fastify-plugin';
import type { CardDeps } from '../cards/deps.ts';
import { Keyring } from '../keys/keyring.ts';
import { ensureSigningKey } from '../keys/manage-keys.ts';
import { openCardLookup, type CardLookup } from '../verify/card-lookup.ts';

declare module 'fastify' {
  interface FastifyInstance {
    keyring: Keyring;
    /** Fresh card status for the public verify path. */
    cardLookup: CardLookup;
    /** Dependencies of the card, key and verify use-cases. */
    cardDeps: CardDeps;
  }
}

/** Loads the card-signing keys and makes sure one of them signs new cards. */
export default fp<{ clock?: () => Date }>(
  async (app, { clock }) => {
    const keyring = new Keyring(app.config.dataDir, app.config.cards.signingKeys);
    app.decorate('keyring', keyring);
    app.decorate('cardDeps', { db: app.db, keyring, templates: app.templates, config: app.config, clock });
    const { kid, generated } = await ensureSigningKey(app.cardDeps, app.config.cards.signingKeys);
    if (generated) app.log.info({ kid }, 'generated a card-signing key');
    const lookup = openCardLookup(app.config.database);
    app.decorate('cardLookup', lookup);
    app.addHook('onClose', async () => lookup.close());
  },
  { name: 'cards', dependencies: ['config', 'database', 'printing'] },
);
