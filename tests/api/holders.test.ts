import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../api/src/audit/record-audit-event.ts';
import { formatCardNumber, generateCardNumber } from '../../api/src/cards/card-number.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { multipart, type Part } from '../support/multipart.ts';
import { testEngines } from '../support/test-database.ts';

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });

/** A landscape phone photo that EXIF says to turn a quarter (orientation 6), carrying a copyright tag we must drop. */
async function phoneJpeg(): Promise<Buffer> {
  return solid(1600, 1200).jpeg().withExif({ IFD0: { Copyright: 'secret-exif', Artist: 'secret-artist' } }).withMetadata({ orientation: 6 }).toBuffer();
}

const daysFrom = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(testEngines())('young carers (holders) on %s', (engine) => {
  let t: TestApp;
  let adminToken: string;
  let staff: { id: string; email: string; password: string };
  let token: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '100000' });
    const admin = await createStaffMember(t.app, 'admin');
    adminToken = (await loginAs(t.app, admin)).accessToken;
    staff = await createStaffMember(t.app, 'staff');
    token = (await loginAs(t.app, staff)).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, as = token) =>
    t.app.inject({ method, url, payload, headers: bearer(as) });

  let counter = 0;
  const holderBody = (overrides: Record<string, unknown> = {}) => ({
    givenName: 'Amelia',
    familyName: `Testfamily${++counter}z`,
    dateOfBirth: '2012-05-17',
    consentBy: 'parent',
    consentAt: '2026-01-10T10:00:00.000Z',
    consentMethod: 'written',
    ...overrides,
  });
  async function create(overrides: Record<string, unknown> = {}) {
    const response = await call('POST', '/api/holders', holderBody(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json().holder as { id: string; givenName: string; familyName: string; photoUrl: string | null } & Record<string, unknown>;
  }
  async function insertCard(holderId: string, fields: { status?: string; issuedAt?: Date; expiresAt?: Date } = {}) {
    const issuedAt = fields.issuedAt ?? new Date(t.clock.now.getTime() - 86_400_000);
    return t.app.db.card.create({
      data: {
        id: randomUUID(),
        number: generateCardNumber(),
        holderId,
        status: fields.status ?? 'active',
        statusIndex: randomInt(2 ** 31 - 1),
        kid: 'test-kid',
        token: 'test.token.value',
        issuedAt,
        expiresAt: fields.expiresAt ?? new Date(issuedAt.getTime() + 365 * 86_400_000),
      },
    });
  }
  const auditEvents = async (query: string) => {
    const response = await call('GET', `/api/audit?limit=200&${query}`, undefined, adminToken);
    expect(response.statusCode).toBe(200);
    return response.json().items as { action: string; actorId: string | null; actorEmail: string | null; entityId: string | null; details: Record<string, unknown> }[];
  };
  const search = async (query: string) => {
    const response = await call('GET', `/api/holders?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: { id: string; givenName: string; familyName: string; currentCard: unknown }[]; total: number; page: number; pageSize: number };
  };
  const upload = (id: string, parts: Part[], as = token) => {
    const { payload, contentType } = multipart(parts);
    return t.app.inject({ method: 'PUT', url: `/api/holders/${id}/photo`, payload, headers: { ...bearer(as), 'content-type': contentType } });
  };
  const photoPart = (data: Buffer | string, filename = 'photo.jpg', contentType = 'image/jpeg'): Part => ({ name: 'photo', filename, contentType, data });
  const photosDir = () => path.join(t.config.dataDir, 'photos');
  const storedPhotos = () => readdirSync(photosDir());

  it('registers a young carer with names cleaned of bidi, zero-width and control characters, NFC, and the email lower-cased', async () => {
    const response = await call('POST', '/api/holders', holderBody({
      givenName: '  Zoe\u0301\u200B  ',
      familyName: 'Kowal\u202Eczyk \n\t Brown\u2066',
      preferredName: 'Zo\u0000e\uFEFF',
      contactEmail: 'Parent.Person@Example.COM',
      reference: ' YC-REF-1 ',
      caringNote: 'Looks after\u202E her mum',
    }));
    expect(response.statusCode, response.body).toBe(201);
    const { holder } = response.json();
    expect(holder).toMatchObject({
      givenName: 'Zo\u00e9',
      familyName: 'Kowalczyk Brown',
      preferredName: 'Zoe',
      contactEmail: 'parent.person@example.com',
      reference: 'YC-REF-1',
      caringNote: 'Looks after her mum',
      photoUrl: null,
      cards: [],
    });
    expect(holder.history.map((e: { action: string }) => e.action)).toEqual(['holder.create']);
    const stored = await t.app.db.holder.findUniqueOrThrow({ where: { id: holder.id } });
    expect(stored.searchText).toBe('zoe kowalczyk brown zoe yc-ref-1');
  });

  it('refuses impossible, future and pre-1990 dates of birth, empty names and unknown fields, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ dateOfBirth: '2024-02-30' }, 'dateOfBirth'],
      [{ dateOfBirth: '2013-13-01' }, 'dateOfBirth'],
      [{ dateOfBirth: '17/05/2013' }, 'dateOfBirth'],
      [{ dateOfBirth: daysFrom(t.clock.now, 1) }, 'dateOfBirth'],
      [{ dateOfBirth: '1989-12-31' }, 'dateOfBirth'],
      [{ givenName: '\u202E\u200B\u2066 \u0007' }, 'givenName'],
      [{ familyName: '' }, 'familyName'],
      [{ preferredName: '\u200D' }, 'preferredName'],
      [{ reference: '\u2069 ' }, 'reference'],
      [{ favouriteColour: 'blue' }, 'favouriteColour'],
      [{ contactEmail: 'not-an-email' }, 'contactEmail'],
    ];
    for (const [overrides, field] of cases) {
      const response = await call('POST', '/api/holders', holderBody(overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(response.json().error, JSON.stringify(overrides)).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    const { givenName: _omit, ...withoutName } = holderBody();
    const missing = await call('POST', '/api/holders', withoutName);
    expect(missing.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'givenName' });

    // Today is fine, and "the future" follows the service's clock.
    expect((await call('POST', '/api/holders', holderBody({ dateOfBirth: daysFrom(t.clock.now, 0) }))).statusCode).toBe(201);
    expect((await call('POST', '/api/holders', holderBody({ dateOfBirth: '2024-02-29' }))).statusCode).toBe(201);
  });

  it('refuses a contact email without a dot in its domain (alex@charity), naming contactEmail, on create and on update', async () => {
    const refused = await call('POST', '/api/holders', holderBody({ contactEmail: 'alex@charity' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'contactEmail' });
    const holder = await create({ contactEmail: 'Alex@Charity.org.uk' });
    expect(holder.contactEmail).toBe('alex@charity.org.uk');
    const update = await call('PATCH', `/api/holders/${holder.id}`, { contactEmail: 'alex@charity' });
    expect(update.statusCode).toBe(400);
    expect(update.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'contactEmail' });
    expect((await call('GET', `/api/holders/${holder.id}`)).json().holder.contactEmail).toBe('alex@charity.org.uk');
  });

  it('keeps the language for letters and the card language: English by default, as chosen, changed, and only known codes', async () => {
    const plain = await create();
    expect(plain).toMatchObject({ language: 'en', cardLanguage: 'en' });
    const welsh = await create({ language: 'cy', cardLanguage: 'bilingual' });
    expect(welsh).toMatchObject({ language: 'cy', cardLanguage: 'bilingual' });
    expect((await call('GET', `/api/holders/${welsh.id}`)).json().holder).toMatchObject({ language: 'cy', cardLanguage: 'bilingual' });
    const changed = await call('PATCH', `/api/holders/${welsh.id}`, { language: 'ur', cardLanguage: 'cy' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await call('GET', `/api/holders/${welsh.id}`)).json().holder).toMatchObject({ language: 'ur', cardLanguage: 'cy' });
    for (const [field, value] of [['language', 'fr'], ['cardLanguage', 'pl']] as const) {
      const response = await call('POST', '/api/holders', holderBody({ [field]: value }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
  });

  it('keeps references unique: 409 REFERENCE_TAKEN on create and on update', async () => {
    const reference = `REF-${randomBytes(3).toString('hex')}`;
    await create({ reference });
    const again = await call('POST', '/api/holders', holderBody({ reference }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'REFERENCE_TAKEN', field: 'reference' });

    const other = await create({ reference: `${reference}-B` });
    const clash = await call('PATCH', `/api/holders/${other.id}`, { reference });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'REFERENCE_TAKEN', field: 'reference' });
  });

  it('updates details, keeps search in step, and audits only the names of the fields that changed', async () => {
    const holder = await create({ givenName: 'Oliver', contactPhone: '0115 496 0000' });
    const response = await call('PATCH', `/api/holders/${holder.id}`, {
      givenName: ' Olly\u202E ', familyName: holder.familyName, preferredName: 'Ols', contactPhone: null, notes: 'Prefers texts',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().holder).toMatchObject({ givenName: 'Olly', familyName: holder.familyName, preferredName: 'Ols', contactPhone: null, notes: 'Prefers texts' });

    const [update] = await auditEvents(`action=holder.update&entityId=${holder.id}`);
    expect(update?.details).toEqual({ changed: ['givenName', 'preferredName', 'contactPhone', 'notes'] });
    expect(update?.actorId).toBe(staff.id);

    expect((await search(`q=olly%20${holder.familyName}`)).items.map((h) => h.id)).toEqual([holder.id]);
    expect((await search(`q=ols`)).items.map((h) => h.id)).toContain(holder.id);
    expect((await search(`q=oliver%20${holder.familyName}`)).total).toBe(0);

    const bad = await call('PATCH', `/api/holders/${holder.id}`, { dateOfBirth: '2023-02-29' });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'dateOfBirth' });
    expect((await call('PATCH', `/api/holders/${holder.id}`, {})).statusCode).toBe(400);
    expect((await call('PATCH', `/api/holders/${holder.id}`, { shoeSize: 4 })).json().error).toMatchObject({ field: 'shoeSize' });
    const missing = await call('PATCH', '/api/holders/no-such-holder', { givenName: 'X' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('finds holders by any word of their names, ignoring case, also beyond ASCII', async () => {
    const marker = `Searchby${randomBytes(3).toString('hex')}`;
    const lucja = await create({ givenName: 'Łucja', familyName: `${marker}-Nowak` });
    const sam = await create({ givenName: 'Sam', familyName: `${marker}-Jones`, preferredName: 'Sammy' });
    await create({ givenName: 'Unrelated', familyName: 'Person' });

    expect((await search(`q=${marker.toUpperCase()}`)).items.map((h) => h.id)).toEqual([sam.id, lucja.id]);
    expect((await search(`q=${encodeURIComponent('ŁUC')}`)).items.map((h) => h.id)).toEqual([lucja.id]);
    expect((await search(`q=${encodeURIComponent('łucja ' + marker.toLowerCase())}`)).items.map((h) => h.id)).toEqual([lucja.id]);
    expect((await search(`q=sammy%20${marker}`)).items.map((h) => h.id)).toEqual([sam.id]);
    // LIKE wildcards in the query are plain characters.
    expect((await search(`q=${encodeURIComponent(`${marker}%`)}`)).total).toBe(0);
    expect((await search(`q=${encodeURIComponent(`${marker.slice(0, -1)}_`)}`)).total).toBe(0);
  });

  it('finds a holder by reference and filters by date of birth', async () => {
    const reference = `NOTTS-${randomBytes(3).toString('hex').toUpperCase()}`;
    const byRef = await create({ reference });
    expect((await search(`q=${reference.toLowerCase()}`)).items.map((h) => h.id)).toEqual([byRef.id]);
    // `_` and `%` are plain characters, not LIKE wildcards.
    const underscored = await create({ reference: `${reference}_9%` });
    await create({ reference: `${reference}X9Y` });
    expect((await search(`q=${reference}_9`)).items.map((h) => h.id)).toEqual([underscored.id]);
    expect((await search(`q=${encodeURIComponent(`${reference}_9%`)}`)).items.map((h) => h.id)).toEqual([underscored.id]);
    expect((await search(`q=${encodeURIComponent(`${reference}%`)}`)).total).toBe(0);

    const a = await create({ dateOfBirth: '2010-10-10', givenName: 'Dob' });
    const b = await create({ dateOfBirth: '2010-10-10', givenName: 'Dob' });
    await create({ dateOfBirth: '2010-10-11', givenName: 'Dob' });
    const sameDay = await search('dateOfBirth=2010-10-10');
    expect(sameDay.items.map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
    expect(sameDay.total).toBe(2);
    expect((await search(`dateOfBirth=2010-10-10&q=${a.familyName}`)).items.map((h) => h.id)).toEqual([a.id]);
    const badDate = await call('GET', '/api/holders?dateOfBirth=10-10-2010');
    expect(badDate.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'dateOfBirth' });
  });

  it('pages results in family-name then given-name order, with the total', async () => {
    const marker = `Pager${randomBytes(3).toString('hex')}`;
    const names = [['Cara', 'B'], ['Abe', 'B'], ['Zed', 'A'], ['Bea', 'C'], ['Al', 'A']] as const;
    for (const [given, suffix] of names) await create({ givenName: given, familyName: `${marker}${suffix}` });
    const expected = ['Al A', 'Zed A', 'Abe B', 'Cara B', 'Bea C'];
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const result = await search(`q=${marker}&page=${page}&pageSize=2`);
      expect(result).toMatchObject({ total: 5, page, pageSize: 2 });
      seen.push(...result.items.map((h) => `${h.givenName} ${h.familyName.slice(marker.length)}`));
    }
    expect(seen).toEqual(expected);
    const beyond = await search(`q=${marker}&page=4&pageSize=2`);
    expect(beyond).toMatchObject({ total: 5, items: [] });
    expect((await call('GET', '/api/holders?pageSize=101')).statusCode).toBe(400);
  });

  it('finds the holder of a card from its number however it is typed, and shows their current card', async () => {
    const holder = await create({ givenName: 'Carded' });
    const old = await insertCard(holder.id, { status: 'revoked', issuedAt: new Date(t.clock.now.getTime() - 10 * 86_400_000) });
    const current = await insertCard(holder.id, { status: 'suspended', issuedAt: new Date(t.clock.now.getTime() - 86_400_000 * 20) });
    const newer = await insertCard(holder.id, { status: 'revoked' });
    await insertCard((await create()).id);

    for (const typed of [formatCardNumber(old.number), formatCardNumber(old.number).toLowerCase().replace(/-/g, ' '), old.number]) {
      const result = await search(`q=${encodeURIComponent(typed)}`);
      expect(result.items.map((h) => h.id), typed).toEqual([holder.id]);
    }
    const [summary] = (await search(`q=${formatCardNumber(newer.number)}`)).items;
    expect(summary?.currentCard).toEqual({
      id: current.id,
      number: formatCardNumber(current.number),
      status: 'suspended',
      expiresAt: current.expiresAt.toISOString(),
      expiresOn: new Date(current.expiresAt.getTime() - 1).toISOString().slice(0, 10),
    });

    const noCurrent = await create();
    const onlyRevoked = await insertCard(noCurrent.id, { status: 'revoked' });
    const [revokedSummary] = (await search(`q=${noCurrent.familyName}`)).items;
    expect(revokedSummary?.currentCard).toMatchObject({ id: onlyRevoked.id, status: 'revoked' });
    const none = await create();
    expect((await search(`q=${none.familyName}`)).items[0]?.currentCard).toBeNull();
  });

  it('shows one holder with all their cards newest first and the history of the holder and their cards', async () => {
    const holder = await create();
    const older = await insertCard(holder.id, { status: 'revoked', issuedAt: new Date(t.clock.now.getTime() - 400 * 86_400_000) });
    const newer = await insertCard(holder.id);
    const someoneElse = await insertCard((await create()).id);
    const system = { actor: null, ip: null };
    await recordAuditEvent(t.app.deps, system, { action: 'card.issue', entityType: 'card', entityId: older.id });
    await recordAuditEvent(t.app.deps, system, { action: 'card.revoke', entityType: 'card', entityId: older.id });
    await recordAuditEvent(t.app.deps, system, { action: 'card.issue', entityType: 'card', entityId: someoneElse.id });
    await recordAuditEvent(t.app.deps, system, { action: 'card.issue', entityType: 'card', entityId: newer.id });

    const response = await call('GET', `/api/holders/${holder.id}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json().holder;
    expect(detail.cards.map((c: { id: string }) => c.id)).toEqual([newer.id, older.id]);
    expect(detail.cards[0]).toMatchObject({ number: formatCardNumber(newer.number), status: 'active', verifyUrl: 'http://cards.test/v#test.token.value' });
    expect(detail.cards[1].status).toBe('revoked');
    expect(detail.history.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toEqual([
      ['card.issue', newer.id],
      ['card.revoke', older.id],
      ['card.issue', older.id],
      ['holder.create', holder.id],
    ]);

    const missing = await call('GET', '/api/holders/no-such-holder');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('audits every read of a record with who read it, and each search once without what was searched for', async () => {
    const holder = await create({ givenName: 'Readable' });
    expect(await auditEvents(`action=holder.read&entityId=${holder.id}`)).toEqual([]);
    await call('GET', `/api/holders/${holder.id}`);
    const reads = await auditEvents(`action=holder.read&entityId=${holder.id}`);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: staff.id, actorEmail: staff.email, entityId: holder.id });
    // The next read shows the earlier one in the history.
    const again = (await call('GET', `/api/holders/${holder.id}`)).json().holder;
    expect(again.history[0]).toMatchObject({ action: 'holder.read', actorId: staff.id });

    const before = (await auditEvents('action=holder.search')).length;
    await search(`q=${holder.familyName}&dateOfBirth=2012-05-17`);
    const searches = await auditEvents('action=holder.search');
    expect(searches).toHaveLength(before + 1);
    expect(searches[0]).toMatchObject({ actorId: staff.id, details: { filters: ['text', 'dateOfBirth'], total: 1 } });
    expect(JSON.stringify(searches[0])).not.toContain(holder.familyName);
  });

  it('never writes names, date of birth, contacts or the caring note to the audit log or the request log', async () => {
    const secret = {
      givenName: 'Privatia', familyName: 'Secretworth', preferredName: 'Privvy', dateOfBirth: '2011-07-23',
      contactEmail: 'hidden.parent@private.test', contactPhone: '07700 900123', caringNote: 'Cares for dad after a stroke', notes: 'Quietnote',
    };
    const holder = await create(secret);
    await call('PATCH', `/api/holders/${holder.id}`, { givenName: 'Privatina', dateOfBirth: '2011-07-24', caringNote: 'Cares for dad (aphasia)' });
    await search('q=privatina');
    await search('q=secretworth&dateOfBirth=2011-07-24');
    await call('GET', `/api/holders/${holder.id}`);
    await upload(holder.id, [photoPart(await solid(300, 400).jpeg().toBuffer())]);
    await call('DELETE', `/api/holders/${holder.id}/photo`);

    // What is stored (the API's answer names the record at read time, from the holder row: not written to the log).
    const audit = JSON.stringify(await t.app.db.auditEvent.findMany());
    expect(audit).toContain(holder.id);
    const logs = t.logs.join('\n');
    const forbidden = [...Object.values(secret), 'Privatina', '2011-07-24', 'aphasia', 'stroke'];
    for (const value of forbidden) {
      expect(audit.toLowerCase(), value).not.toContain(value.toLowerCase());
      expect(logs.toLowerCase(), value).not.toContain(value.toLowerCase());
    }
  });

  it('refuses every holder route without a signed-in staff member', async () => {
    const holder = await create();
    const routes = [
      ['GET', '/api/holders'], ['POST', '/api/holders'], ['GET', `/api/holders/${holder.id}`], ['PATCH', `/api/holders/${holder.id}`],
      ['PUT', `/api/holders/${holder.id}/photo`], ['DELETE', `/api/holders/${holder.id}/photo`], ['GET', `/api/holders/${holder.id}/photo`],
    ] as const;
    for (const [method, url] of routes) {
      const anonymous = await t.app.inject({ method, url, payload: method === 'POST' || method === 'PATCH' ? holderBody() : undefined });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
      expect(anonymous.json().error.code).toBe('NOT_AUTHENTICATED');
      const forged = await t.app.inject({ method, url, headers: bearer('not-a-token') });
      expect(forged.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('stores an uploaded photo re-encoded: turned upright, at most 600x800, no EXIF, mode 0600; staff fetch it privately', async () => {
    const holder = await create();
    const original = await phoneJpeg();
    const originalMeta = await sharp(original).metadata();
    expect(originalMeta).toMatchObject({ format: 'jpeg', width: 1600, height: 1200, orientation: 6 });
    expect(original.includes('secret-exif')).toBe(true);

    const response = await upload(holder.id, [photoPart(original, 'IMG_0001.JPG')]);
    expect(response.statusCode, response.body).toBe(200);
    const { photoUrl } = response.json().holder;
    expect(photoUrl).toMatch(new RegExp(`^/api/holders/${holder.id}/photo\\?v=[\\w-]+$`));

    const photo = await call('GET', photoUrl);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['cache-control']).toBe('private, no-store');
    const stored = photo.rawPayload;
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 600, height: 800 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored.includes('secret-exif')).toBe(false);
    expect(stored.includes('secret-artist')).toBe(false);

    const files = storedPhotos();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{32}\.jpg$/);
    expect(statSync(path.join(photosDir(), files[0]!)).mode & 0o777).toBe(0o600);
    expect(statSync(photosDir()).mode & 0o777).toBe(0o700);

    expect((await t.app.inject({ method: 'GET', url: photoUrl })).statusCode).toBe(401);
    const [event] = await auditEvents(`action=holder.photo_set&entityId=${holder.id}`);
    expect(event).toMatchObject({ actorId: staff.id, details: { replaced: false } });

    // Small photos are never enlarged.
    const small = await create();
    await upload(small.id, [photoPart(await solid(200, 150).jpeg().toBuffer())]);
    const smallMeta = await sharp((await call('GET', `/api/holders/${small.id}/photo`)).rawPayload).metadata();
    expect(smallMeta).toMatchObject({ width: 200, height: 150 });
    await call('DELETE', `/api/holders/${small.id}/photo`);
  });

  it('accepts PNG and WebP, replaces the old photo file, and removes it on delete', async () => {
    const holder = await create();
    const before = new Set(storedPhotos());
    const png = await upload(holder.id, [photoPart(await solid(700, 700).png().toBuffer(), 'me.png', 'image/png')]);
    expect(png.statusCode, png.body).toBe(200);
    const pngUrl = png.json().holder.photoUrl as string;
    const added = storedPhotos().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);

    const webp = await upload(holder.id, [photoPart(await solid(300, 300).webp().toBuffer(), 'me.webp', 'image/webp')]);
    expect(webp.statusCode, webp.body).toBe(200);
    const webpUrl = webp.json().holder.photoUrl as string;
    expect(webpUrl).not.toBe(pngUrl);
    const now = storedPhotos().filter((f) => !before.has(f));
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(added[0]);
    expect((await sharp((await call('GET', webpUrl)).rawPayload).metadata()).format).toBe('jpeg');
    expect(storedPhotos().filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const summary = (await search(`q=${holder.familyName}`)).items[0] as unknown as { hasPhoto: boolean };
    expect(summary.hasPhoto).toBe(true);

    const removed = await call('DELETE', `/api/holders/${holder.id}/photo`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().holder.photoUrl).toBeNull();
    expect(storedPhotos().filter((f) => !before.has(f))).toEqual([]);
    const gone = await call('GET', `/api/holders/${holder.id}/photo`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('NOT_FOUND');
    const actions = (await auditEvents(`entityId=${holder.id}&action=holder.`)).map((e) => e.action);
    expect(actions).toEqual(['holder.photo_remove', 'holder.photo_set', 'holder.photo_set', 'holder.create']);
    // Removing a photo that is not there changes nothing.
    expect((await call('DELETE', `/api/holders/${holder.id}/photo`)).statusCode).toBe(200);
    expect((await auditEvents(`entityId=${holder.id}&action=holder.photo_remove`))).toHaveLength(1);
  });

  it('refuses anything that is not a JPEG, PNG or WebP photo of a sensible size, whatever its name says', async () => {
    const holder = await create();
    const before = storedPhotos().length;
    const refusals: [string, Part[], number, string][] = [
      ['text renamed .jpg', [photoPart('just some text, not a photo at all')], 400, 'PHOTO_INVALID'],
      ['GIF', [photoPart(await solid(200, 200).gif().toBuffer(), 'a.gif', 'image/gif')], 400, 'PHOTO_INVALID'],
      ['SVG', [photoPart('<svg xmlns="http://www.w3.org/2000/svg" width="500" height="500"><rect width="500" height="500"/></svg>', 'a.jpg')], 400, 'PHOTO_INVALID'],
      ['truncated JPEG', [photoPart((await solid(400, 400).jpeg().toBuffer()).subarray(0, 600))], 400, 'PHOTO_INVALID'],
      ['tiny image', [photoPart(await solid(99, 300).png().toBuffer(), 'tiny.png', 'image/png')], 400, 'PHOTO_INVALID'],
      ['wrong field name', [{ ...photoPart(await solid(300, 300).jpeg().toBuffer()), name: 'picture' }], 400, 'PHOTO_INVALID'],
      ['no parts', [], 400, 'PHOTO_INVALID'],
      ['a text field first', [{ name: 'caption', data: 'hello' }, photoPart(await solid(300, 300).jpeg().toBuffer())], 400, 'PHOTO_INVALID'],
      ['9 MB', [photoPart(Buffer.alloc(9 * 1024 * 1024, 0xff))], 413, 'PHOTO_TOO_LARGE'],
    ];
    for (const [label, parts, status, code] of refusals) {
      const response = await upload(holder.id, parts);
      expect(response.statusCode, `${label}: ${response.body}`).toBe(status);
      expect(response.json().error, label).toMatchObject({ code, field: 'photo' });
    }
    expect(storedPhotos()).toHaveLength(before);
    expect((await call('GET', `/api/holders/${holder.id}`)).json().holder.photoUrl).toBeNull();
  });

  it('refuses a decompression bomb (over 40 megapixels) before decoding it', async () => {
    const holder = await create();
    const bomb = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const response = await upload(holder.id, [photoPart(bomb, 'bomb.png', 'image/png')]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'PHOTO_INVALID', field: 'photo' });
  });

  it('answers a photo upload that is not multipart with a 4xx and a stable code', async () => {
    const holder = await create();
    const url = `/api/holders/${holder.id}/photo`;
    const json = await t.app.inject({ method: 'PUT', url, headers: bearer(token), payload: { photo: 'abc' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const raw = await t.app.inject({ method: 'PUT', url, headers: { ...bearer(token), 'content-type': 'image/jpeg' }, payload: await solid(300, 300).jpeg().toBuffer() });
    expect(raw.statusCode).toBe(415);
    expect(raw.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const none = await t.app.inject({ method: 'PUT', url, headers: bearer(token) });
    expect(none.statusCode).toBe(415);
    const noBoundary = await t.app.inject({ method: 'PUT', url, headers: { ...bearer(token), 'content-type': 'multipart/form-data; charset=utf-8' }, payload: 'x' });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().error.code).toBe('PHOTO_INVALID');
    const empty = await t.app.inject({ method: 'PUT', url, headers: { ...bearer(token), 'content-type': 'multipart/form-data; boundary=xyz' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('PHOTO_INVALID');
    const garbage = await t.app.inject({ method: 'PUT', url, headers: { ...bearer(token), 'content-type': 'multipart/form-data; boundary=xyz' }, payload: '--xyz\r\nnonsense' });
    expect(garbage.statusCode).toBe(400);
    const missing = await upload('no-such-holder', [photoPart(await solid(300, 300).jpeg().toBuffer())]);
    expect(missing.statusCode).toBe(404);
  });
});
