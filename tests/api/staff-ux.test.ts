import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
