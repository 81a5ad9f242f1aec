import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertHolder } from '../support/holders.ts';
import { multipart } from '../support/multipart.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

describe.each(testEngines())('the print sheet check step on %s', (engine) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    token = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: bearer(token) });
  const issue = async (givenName: string, template?: string) => {
    const holder = await insertHolder(t.app, { givenName, familyName: 'Okafor' });
    const response = await call('POST', `/api/holders/${holder.id}/cards`, template ? { template } : {});
    expect(response.statusCode).toBe(201);
    return { holder, card: response.json().card as { id: string; number: string } };
  };
  const addPhoto = async (holderId: string) => {
    const photo = await sharp({ create: { width: 300, height: 400, channels: 3, background: { r: 20, g: 80, b: 140 } } }).jpeg().toBuffer();
    const { payload, contentType } = multipart([{ name: 'photo', filename: 'p.jpg', contentType: 'image/jpeg', data: photo }]);
    const response = await t.app.inject({ method: 'PUT', url: `/api/holders/${holderId}/photo`, payload, headers: { ...bearer(token), 'content-type': contentType } });
    expect(response.statusCode).toBe(200);
  };

  it('counts sheets for every card issued since a date, and refuses what the sheet would refuse, with the same codes', async () => {
    // The first test: no card was issued before these.
    const since = new Date(Date.UTC(2000, 0, 1));
    const made = [];
    for (let i = 0; i < 11; i++) made.push(await issue(`Kemi${i}`));
    const response = await call('POST', '/api/print-sheets/check', { issuedSince: since.toISOString() });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ cardCount: 11, sheetCount: 2, pageCount: 4 });
    expect(response.json().withoutPhoto).toHaveLength(11);

    expect((await call('POST', `/api/cards/${made[0]!.card.id}/revoke`, { reason: 'lost' })).statusCode).toBe(200);
    const revoked = await call('POST', '/api/print-sheets/check', { cardIds: [made[0]!.card.id] });
    expect(revoked.statusCode).toBe(409);
    expect(revoked.json().error.code).toBe('CARD_NOT_PRINTABLE');
    const future = await call('POST', '/api/print-sheets/check', { issuedSince: new Date(Date.UTC(2999, 0, 1)).toISOString() });
    expect(future.statusCode).toBe(422);
    expect(future.json().error).toMatchObject({ code: 'NOTHING_TO_PRINT', field: 'issuedSince' });
    const neither = await call('POST', '/api/print-sheets/check', {});
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.code).toBe('VALIDATION_FAILED');
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/print-sheets/check', payload: { cardIds: [made[1]!.card.id] } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('names, in print order, the cards that would print an empty photo box, with the sheets and layout', async () => {
    const withPhoto = await issue('Ngozi');
    await addPhoto(withPhoto.holder.id);
    const a = await issue('Ada');
    const b = await issue('Bisi', 'large-print');
    const c = await issue('Chidi');
    const cardIds = [c.card.id, withPhoto.card.id, a.card.id, b.card.id];
    const auditBefore = await t.app.db.auditEvent.count();

    const response = await call('POST', '/api/print-sheets/check', { cardIds });
    expect(response.statusCode).toBe(200);
    const check = response.json();
    expect(check).toMatchObject({
      cardCount: 4,
      sheetCount: 1,
      pageCount: 2,
      layout: { id: 'a4-sheet', name: 'A4 print sheet', columns: 2, rows: 5, cardsPerSheet: 10 },
    });
    expect(check.withoutPhoto.map((item: { holder: { givenName: string } }) => item.holder.givenName)).toEqual(['Chidi', 'Ada', 'Bisi']);
    expect(check.withoutPhoto[0]).toEqual({
      cardId: c.card.id,
      cardNumber: c.card.number,
      holder: { id: c.holder.id, givenName: 'Chidi', familyName: 'Okafor', preferredName: null },
    });
    // Nothing was printed, so nothing was written.
    expect(await t.app.db.auditEvent.count()).toBe(auditBefore);
  });
});
