import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertHolder } from '../support/holders.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

describe.each(testEngines())('what staff are told, on %s', (engine) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
  });
  afterAll(async () => t.close());
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: bearer(admin) });

  it('saves a benefit with only a youngest age (no upper limit is sent as null)', async () => {
    const partner = (await call('POST', '/api/partners', { name: `Pool ${engine}`, category: 'leisure' })).json().partner;
    const response = await call('POST', '/api/benefits', { partnerId: partner.id, title: 'Free swim', minAge: 12, maxAge: null, validFrom: null, validTo: null });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().benefit).toMatchObject({ minAge: 12, maxAge: null });
    const bounded = (await call('POST', '/api/benefits', { partnerId: partner.id, title: 'Teens', minAge: 12, maxAge: 17 })).json().benefit;
    const opened = await call('PATCH', `/api/benefits/${bounded.id}`, { maxAge: null });
    expect(opened.statusCode, opened.body).toBe(200);
    const open = (await call('POST', '/api/benefits', { partnerId: partner.id, title: 'All' })).json().benefit;
    const started = await call('PATCH', `/api/benefits/${open.id}`, { minAge: 12 });
    expect(started.statusCode, started.body).toBe(200);
    const both = await call('PATCH', `/api/benefits/${open.id}`, { minAge: 15, maxAge: null });
    expect(both.statusCode, both.body).toBe(200);
  });

  it("says on a young carer's record what a card issued today would be: full length, cut short by the age limit, or none", async () => {
    const born = (years: number, months = 0) => {
      const now = t.clock.now;
      return new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth() + months, 15)).toISOString().slice(0, 10);
    };
    const termsOf = async (dateOfBirth: string) => {
      const holder = await insertHolder(t.app, { dateOfBirth });
      const response = await call('GET', `/api/holders/${holder.id}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().holder.newCard;
    };
    const young = await termsOf(born(12));
    expect(young).toMatchObject({ endsBecause: 'validity', validityMonths: 12, maxAge: 18 });
    // What issuing then gives, to the day.
    const holder = await insertHolder(t.app, { dateOfBirth: born(12) });
    const issued = await call('POST', `/api/holders/${holder.id}/cards`, {});
    expect(issued.json().card.expiresOn).toBe(young.expiresOn);

    // 18 in two months: the card ends at the end of next month.
    const nearly = await termsOf(born(18, 2));
    expect(nearly.endsBecause).toBe('age_limit');
    const now = t.clock.now;
    expect(nearly.expiresOn).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0)).toISOString().slice(0, 10));
    expect(await termsOf(born(21))).toEqual({ expiresOn: null, endsBecause: 'too_old', validityMonths: 12, maxAge: 18 });
  });
});
