import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPEN_DATA_REQUESTS } from '../../api/src/data-requests/schemas.ts';
import { HOLDER_FIELDS_ON_MY_PAGE } from '../../api/src/my-card/get-my-data.ts';
import { multipart } from '../support/multipart.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const CARING_NOTE = 'Cares for her dad, who has epilepsy';
let counter = 0;

describe.each(testEngines())("a young carer's own data, requests and the subject access export on %s", (engine) => {
  let t: TestApp;
  let base: string;
  let staffToken: string;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '100000', TRUST_PROXY: 'true', ORGANISATION_NAME: 'Riverside Carers' });
    staffToken = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
    adminToken = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t?.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, as = staffToken) => t.app.inject({ method, url, payload, headers: bearer(as) });
  const asDevice = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object, ip = '10.9.0.1') =>
    t.app.inject({ method, url, payload, cookies: { yc_device: cookie }, headers: { 'x-forwarded-for': ip } });

  /** A young carer with every field filled in, a photo, a card, an invitation and a phone signed in. */
  async function signedInYoungCarer() {
    counter += 1;
    const created = await call('POST', '/api/holders', {
      givenName: 'Zofia',
      familyName: `Kowalczyk${counter}`,
      preferredName: 'Zosia',
      dateOfBirth: '2012-03-09',
      contactEmail: `parent${counter}@family.test`,
      contactPhone: '0115 496 0000',
      consentBy: 'parent',
      consentAt: '2026-01-10T10:00:00.000Z',
      consentMethod: 'written',
      reference: `RC-${counter}-${engine}`,
      notes: 'Prefers to be called Zosia; likes drawing',
      caringNote: CARING_NOTE,
    });
    expect(created.statusCode, created.body).toBe(201);
    const holder = created.json().holder;
    const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: { r: 40, g: 120, b: 200 } } }).jpeg().toBuffer();
    const { payload, contentType } = multipart([{ name: 'photo', filename: 'me.jpg', contentType: 'image/jpeg', data: jpeg }]);
    const photo = await t.app.inject({ method: 'PUT', url: `/api/holders/${holder.id}/photo`, payload, headers: { ...bearer(staffToken), 'content-type': contentType } });
    expect(photo.statusCode, photo.body).toBe(200);
    const card = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json().card;
    const invitation = (await call('POST', `/api/cards/${card.id}/invitations`, { channel: 'email' })).json();
    const signIn = await t.app.inject({ method: 'POST', url: '/api/my/sign-in', payload: { code: invitation.code, dateOfBirth: '2012-03-09' }, headers: { 'x-forwarded-for': `10.8.${counter}.1` } });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const cookie = signIn.cookies.find((c) => c.name === 'yc_device')!.value;
    return { holder: { ...holder, ...photo.json().holder }, card, invitation, cookie };
  }

  it('GET /api/my/data needs the phone to be signed in', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/my/data' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('DEVICE_NOT_SIGNED_IN');
    const wrong = await asDevice('GET', '/api/my/data', 'not-a-session');
    expect(wrong.statusCode).toBe(401);
    // A staff bearer token opens nothing here.
    expect((await call('GET', '/api/my/data')).statusCode).toBe(401);
  });

  it('lists every field held about the young carer, and nothing of the caring note; the read is audited and not cached', async () => {
    const { holder, card, cookie } = await signedInYoungCarer();
    const response = await asDevice('GET', '/api/my/data', cookie);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const data = response.json();

    // Every Holder column the page says it shows comes back, with its value.
    const shown = Object.entries(HOLDER_FIELDS_ON_MY_PAGE).filter(([, how]) => how === 'shown').map(([field]) => field);
    expect(shown.length).toBeGreaterThanOrEqual(14);
    for (const field of shown) {
      if (field === 'photoFile') {
        expect(data.about.photoUrl).toMatch(/^\/api\/my\/photo\?v=/);
        continue;
      }
      expect(data.about[field], field).toBe(holder[field]);
    }
    expect(data.about).toMatchObject({ givenName: 'Zofia', preferredName: 'Zosia', dateOfBirth: '2012-03-09', contactPhone: '0115 496 0000', notes: 'Prefers to be called Zosia; likes drawing', consentBy: 'parent', consentMethod: 'written' });
    expect(data.caringNoteKept).toBe(true);
    expect(data.cards).toEqual([expect.objectContaining({ number: card.number, status: 'active', current: true, expiresOn: card.expiresOn, template: 'standard' })]);
    expect(data.invitations).toEqual([expect.objectContaining({ channel: 'email', status: 'used', uses: 1, failedAttempts: 0 })]);
    expect(data.devices).toEqual([expect.objectContaining({ active: true, thisPhone: true })]);
    expect(data.messages).toEqual([expect.objectContaining({ kind: 'card_invitation', to: holder.contactEmail })]);
    expect(data.shopsSee).toEqual({ result: 'valid', name: 'Zosia', cardNumber: card.number, expiresOn: card.expiresOn });
    expect(data.historyEntries).toBeGreaterThanOrEqual(4);
    expect(data.issuer.name).toBe('Riverside Carers');

    // Nothing about the person cared for, and no secrets.
    expect(response.body).not.toContain('epilepsy');
    expect(response.body).not.toContain('dad');
    expect(response.body).not.toContain(card.token);
    expect(response.body).not.toContain('Hash');

    const read = await t.app.db.auditEvent.findFirst({ where: { action: 'my_data.read', entityId: holder.id } });
    expect(read).not.toBeNull();
  });

  it('takes a correction (cleaned, length-limited) and an erasure request; staff see them and mark them done or declined', async () => {
    const { holder, cookie } = await signedInYoungCarer();
    const correction = await asDevice('POST', '/api/my/requests', cookie, { kind: 'correction', text: '  My name is spelt\u202E wrong\r\nIt is Zosia  ' });
    expect(correction.statusCode, correction.body).toBe(201);
    expect(correction.headers['cache-control']).toBe('no-store');
    expect(correction.json().request).toMatchObject({ kind: 'correction', status: 'open', text: 'My name is spelt wrong\nIt is Zosia' });

    const empty = await asDevice('POST', '/api/my/requests', cookie, { kind: 'correction', text: ' \u200B ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'text' });
    const long = await asDevice('POST', '/api/my/requests', cookie, { kind: 'correction', text: 'x'.repeat(1001) });
    expect(long.statusCode).toBe(400);
    const wrongKind = await asDevice('POST', '/api/my/requests', cookie, { kind: 'delete_everything' });
    expect(wrongKind.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/my/requests', payload: { kind: 'erasure' } })).statusCode).toBe(401);

    t.clock.advance(1000);
    const erasure = await asDevice('POST', '/api/my/requests', cookie, { kind: 'erasure' });
    expect(erasure.statusCode, erasure.body).toBe(201);
    expect(erasure.json().request).toMatchObject({ kind: 'erasure', text: '', status: 'open' });

    // Staff: open requests, oldest first, naming the record.
    const open = await call('GET', `/api/data-requests?status=open&holderId=${holder.id}`);
    expect(open.statusCode).toBe(200);
    expect(open.json().items.map((r: { kind: string }) => r.kind)).toEqual(['correction', 'erasure']);
    expect(open.json().items[0]).toMatchObject({ holderId: holder.id, handledByEmail: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/data-requests' })).statusCode).toBe(401);

    const done = await call('POST', `/api/data-requests/${correction.json().request.id}/handle`, { status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().request).toMatchObject({ status: 'done', handledByEmail: expect.stringContaining('@') });
    const again = await call('POST', `/api/data-requests/${correction.json().request.id}/handle`, { status: 'declined' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DATA_REQUEST_STATE_CONFLICT');
    const declined = await call('POST', `/api/data-requests/${erasure.json().request.id}/handle`, { status: 'declined' });
    expect(declined.json().request.status).toBe('declined');
    expect((await call('POST', '/api/data-requests/nope/handle', { status: 'done' })).statusCode).toBe(404);
    // "Done" records the decision only: the record is still there (erasure is not done here).
    expect(await t.app.db.holder.findUnique({ where: { id: holder.id } })).not.toBeNull();

    // The young carer sees what became of them.
    const mine = (await asDevice('GET', '/api/my/data', cookie)).json().requests;
    expect(mine.map((r: { status: string }) => r.status).sort()).toEqual(['declined', 'done']);
    const actions = (await t.app.db.auditEvent.findMany({ where: { entityId: holder.id, action: { startsWith: 'data_request.' } }, orderBy: { seq: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['data_request.create', 'data_request.create', 'data_request.done', 'data_request.declined']);
  });

  it(`keeps at most ${MAX_OPEN_DATA_REQUESTS} open requests per young carer, under 20 parallel requests`, async () => {
    const { holder, cookie } = await signedInYoungCarer();
    // Real parallel HTTP requests, each from an address of its own (past the per-address rate limit).
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await fetch(`${base}/api/my/requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `yc_device=${cookie}`, 'x-forwarded-for': `10.7.${counter}.${i + 1}` },
          body: JSON.stringify({ kind: 'correction', text: `Request ${i}` }),
        });
        return { status: response.status, code: ((await response.json()) as { error?: { code: string } }).error?.code };
      }),
    );
    const created = answers.filter((a) => a.status === 201);
    expect(created).toHaveLength(MAX_OPEN_DATA_REQUESTS);
    expect(answers.filter((a) => a.status === 409 && a.code === 'DATA_REQUEST_LIMIT')).toHaveLength(20 - MAX_OPEN_DATA_REQUESTS);
    expect(await t.app.db.dataRequest.count({ where: { holderId: holder.id } })).toBe(MAX_OPEN_DATA_REQUESTS);
    expect((await t.app.db.holder.findUniqueOrThrow({ where: { id: holder.id } })).openDataRequests).toBe(MAX_OPEN_DATA_REQUESTS);
    expect(await t.app.db.auditEvent.count({ where: { entityId: holder.id, action: 'data_request.create' } })).toBe(MAX_OPEN_DATA_REQUESTS);

    // Handling one (twice at once: it closes once) makes room for exactly one more.
    const [first] = (await call('GET', `/api/data-requests?status=open&holderId=${holder.id}`)).json().items;
    const closes = await Promise.all(
      [0, 1].map(() => fetch(`${base}/api/data-requests/${first.id}/handle`, { method: 'POST', headers: { ...bearer(staffToken), 'content-type': 'application/json' }, body: '{"status":"done"}' })),
    );
    expect(closes.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await asDevice('POST', '/api/my/requests', cookie, { kind: 'erasure' }, '10.6.0.1')).statusCode).toBe(201);
    expect((await asDevice('POST', '/api/my/requests', cookie, { kind: 'erasure' }, '10.6.0.2')).statusCode).toBe(409);
  });

  it('rate-limits requests from one address', async () => {
    const { cookie } = await signedInYoungCarer();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await asDevice('POST', '/api/my/requests', cookie, { kind: 'correction', text: 'x' }, '10.5.5.5')).statusCode);
    expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
    expect(statuses).toContain(429);
  });

  it("exports one young carer's whole record as JSON for admins only, with no secrets, audited", async () => {
    const { holder, card, invitation, cookie } = await signedInYoungCarer();
    await asDevice('POST', '/api/my/requests', cookie, { kind: 'correction', text: 'My phone number changed' }, '10.4.0.1');

    const asStaff = await call('GET', `/api/holders/${holder.id}/export.json`);
    expect(asStaff.statusCode).toBe(403);
    expect(asStaff.json().error.code).toBe('FORBIDDEN');
    expect((await t.app.inject({ method: 'GET', url: `/api/holders/${holder.id}/export.json` })).statusCode).toBe(401);
    expect((await call('GET', '/api/holders/no-such-holder/export.json', undefined, adminToken)).statusCode).toBe(404);

    const response = await call('GET', `/api/holders/${holder.id}/export.json`, undefined, adminToken);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toContain('no-store');
    expect(response.headers['content-disposition']).toContain('attachment');
    const data = response.json();
    expect(data.holder).toMatchObject({
      id: holder.id,
      givenName: 'Zofia',
      familyName: holder.familyName,
      preferredName: 'Zosia',
      dateOfBirth: '2012-03-09',
      contactEmail: holder.contactEmail,
      contactPhone: '0115 496 0000',
      reference: holder.reference,
      notes: 'Prefers to be called Zosia; likes drawing',
      consentBy: 'parent',
      consentMethod: 'written',
    });
    expect(Buffer.from(data.holder.photo.base64, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(data.withheld).toEqual([expect.objectContaining({ field: 'caringNote', held: true })]);
    expect(data.cards).toEqual([expect.objectContaining({ id: card.id, number: card.number, status: 'active', expiresOn: card.expiresOn })]);
    expect(data.invitations).toEqual([expect.objectContaining({ id: invitation.invitation.id, uses: 1 })]);
    expect(data.deviceSessions).toHaveLength(1);
    expect(data.messages).toEqual([expect.objectContaining({ kind: 'card_invitation', to: holder.contactEmail })]);
    expect(data.messages[0].text).toContain('[code removed]');
    expect(data.dataRequests).toEqual([expect.objectContaining({ kind: 'correction', text: 'My phone number changed', status: 'open' })]);
    const actions = data.auditEvents.map((e: { action: string }) => e.action);
    for (const action of ['holder.create', 'holder.photo_set', 'card.issue', 'data_request.create']) expect(actions, action).toContain(action);

    // No secrets and nothing about the person cared for.
    const rows = {
      invitation: await t.app.db.invitation.findUniqueOrThrow({ where: { id: invitation.invitation.id } }),
      device: await t.app.db.deviceSession.findFirstOrThrow({ where: { holderId: holder.id } }),
      staff: await t.app.db.staff.findMany({ select: { passwordHash: true } }),
    };
    expect(response.body).not.toContain(rows.invitation.codeHash);
    expect(response.body).not.toContain(rows.device.tokenHash);
    for (const { passwordHash } of rows.staff) if (passwordHash) expect(response.body).not.toContain(passwordHash);
    expect(response.body).not.toContain(invitation.code);
    expect(response.body).not.toContain(card.token);
    expect(response.body).not.toMatch(/codeHash|tokenHash|passwordHash/i);
    expect(response.body).not.toContain('epilepsy');

    const exported = await t.app.db.auditEvent.findMany({ where: { action: 'holder.export', entityId: holder.id } });
    expect(exported.map((e) => JSON.parse(e.details))).toEqual([{ format: 'json' }]);
    expect(exported[0]!.actorEmail).toContain('@');
  });

  it('exports the same record as a readable PDF, admins only, audited', async () => {
    const { holder, card } = await signedInYoungCarer();
    expect((await call('GET', `/api/holders/${holder.id}/export.pdf`)).statusCode).toBe(403);
    const response = await call('GET', `/api/holders/${holder.id}/export.pdf`, undefined, adminToken);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toContain('no-store');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Subject access export');
    expect(text).toContain('Zofia');
    expect(text).toContain(holder.familyName);
    expect(text).toContain(card.number);
    expect(text).toContain('2012-03-09');
    expect(text).toContain('card.issue');
    expect(text).not.toContain('epilepsy');
    const exported = await t.app.db.auditEvent.findMany({ where: { action: 'holder.export', entityId: holder.id } });
    expect(exported.map((e) => JSON.parse(e.details))).toEqual([{ format: 'pdf' }]);
  });
});
