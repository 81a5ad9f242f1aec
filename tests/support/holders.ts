import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { searchTextOf } from '../../api/src/holders/holder-names.ts';

/** A young carer straight into the database, for tests about cards (the holder API has its own tests). */
export async function insertHolder(
  app: FastifyInstance,
  overrides: Partial<{ givenName: string; familyName: string; preferredName: string | null; dateOfBirth: string; caringNote: string }> = {},
) {
  const data = {
    givenName: 'Amelia',
    familyName: 'Kowalczyk-Brown',
    preferredName: null,
    dateOfBirth: '2013-05-17',
    caringNote: 'Cares for her mum, who has multiple sclerosis',
    ...overrides,
  };
  return app.db.holder.create({
    data: {
      id: randomUUID(),
      ...data,
      consentBy: 'parent',
      consentAt: new Date(),
      consentMethod: 'written',
      searchText: searchTextOf({ ...data, reference: null }),
    },
  });
}
