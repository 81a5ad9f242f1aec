import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
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

let registered = 0;

/**
 * A young carer registered through the holder API (Catrin, born 2012, a
 * family name of their own each time) with a card issued through the card
 * API: for tests of what follows a card, such as messages and renewals.
 */
export async function registerHolderWithCard(app: FastifyInstance, token: string, overrides: Record<string, unknown> = {}) {
  registered += 1;
  const headers = { authorization: `Bearer ${token}` };
  const created = await app.inject({
    method: 'POST',
    url: '/api/holders',
    headers,
    payload: {
      givenName: 'Catrin',
      familyName: `Jones${registered}`,
      dateOfBirth: '2012-03-14',
      consentBy: 'parent',
      consentAt: '2026-01-10T10:00:00.000Z',
      consentMethod: 'written',
      ...overrides,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const issued = await app.inject({ method: 'POST', url: `/api/holders/${created.json().holder.id}/cards`, headers, payload: {} });
  expect(issued.statusCode, issued.body).toBe(201);
  return issued.json().card as { id: string; token: string; number: string; expiresOn: string };
}
