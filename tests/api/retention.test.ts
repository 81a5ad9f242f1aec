import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCardNumber } from '../../api/src/cards/card-number.ts';
import { insertHolder } from '../support/holders.ts';
import { multipart } from '../support/multipart.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const DAY = 86_400_000;

/** A name and a date of birth no other record in the run has, so finding them anywhere means this record. */
function uniquePerson() {
  const tag = randomBytes(4).toString('hex');
  const familyName = `Vanderhoff${tag}`;
  const year = 2012 + (parseInt(tag.slice(0, 2), 16) % 4);
  const dateOfBirth = `${year}-${String(1 + (parseInt(tag.slice(2, 4), 16) % 12)).padStart(2, '0')}-${String(1 + (parseInt(tag.slice(4, 6), 16) % 28)).padStart(2, '0')}`;
  return { givenName: `Perpetua${tag.slice(0, 3)}`, familyName, dateOfBirth, notes: `Private note ${tag}`, reference: `REF-${tag}` };
}

const cookieOf = (response: LightMyRequestResponse) => response.cookies.find((c) => c.name === 'yc_device')?.value;

describe.each(testEngines())('retention and erasure on %s', (engine) => {
  let t: TestApp;
  let staffLogin: { email: string; password: string };
  let adminLogin: { email: string; password: string };
  let staffToken: string;
  let adminToken: string;
  let notValidBody: string;
  let ipCounter = 0;

  const signInStaffAgain = async () => {
    staffToken = (await loginAs(t.app, staffLogin)).accessToken;
    adminToken = (await loginAs(t.app, adminLogin)).accessToken;
  };
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, as = staffToken) => t.app.inject({ method, url, payload, headers: bearer(as) });
  const verify = (token: string) => t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } });
  const photoFiles = () => (existsSync(path.join(t.config.dataDir, 'photos')) ? readdirSync(path.join(t.config.dataDir, 'photos')) : []);
  const eraseEvents = (holderId: string) => t.app.db.auditEvent.findMany({ where: { action: 'holder.erase', entityId: holderId } });

  /** A young carer as staff register one: photo, contact, a card, a printed invitation and a phone signed in with it. */
  async function fullRecord(person = uniquePerson()) {
    const created = await call('POST', '/api/holders', {
      ...person,
      contactEmail: `${person.familyName.toLowerCase()}@family.test`,
      contactPhone: '07700 900123',
      consentBy: 'parent',
      consentAt: t.clock.now.toISOString(),
      consentMethod: 'written',
      caringNote: 'Cares for her dad',
    });
    expect(created.statusCode, created.body).toBe(201);
    const holder = created.json().holder as { id: string };
    const photo = multipart([{ name: 'photo', filename: 'p.jpg', contentType: 'image/jpeg', data: await sharp({ create: { width: 300, height: 400, channels: 3, background: '#3366aa' } }).jpeg().toBuffer() }]);
    const uploaded = await t.app.inject({ method: 'PUT', url: `/api/holders/${holder.id}/photo`, payload: photo.payload, headers: { ...bearer(staffToken), 'content-type': photo.contentType } });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const issued = await call('POST', `/api/holders/${holder.id}/cards`, {});
    expect(issued.statusCode, issued.body).toBe(201);
    const card = issued.json().card as { id: string; token: string; issuedAt: string };
    const invited = await call('POST', `/api/cards/${card.id}/invitations`, { channel: 'print' });
    expect(invited.statusCode, invited.body).toBe(201);
    const signIn = await t.app.inject({ method: 'POST', url: '/api/my/sign-in', payload: { code: invited.json().code, dateOfBirth: person.dateOfBirth }, remoteAddress: `10.9.${++ipCounter}.1` });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const row = await t.app.db.holder.findUniqueOrThrow({ where: { id: holder.id } });
    return { person, holderId: holder.id, card, device: cookieOf(signIn)!, photoFile: row.photoFile! };
  }

  /** Every trace a record leaves in the rows erasure deals with. */
  const tracesOf = async (holderId: string) => ({
    invitations: await t.app.db.invitation.count({ where: { holderId } }),
    devices: await t.app.db.deviceSession.count({ where: { holderId } }),
    reminders: await t.app.db.renewalReminder.count({ where: { holderId } }),
    messages: await t.app.db.outboxMessage.findMany({ where: { holderId } }),
  });

  async function expectErased(record: Awaited<ReturnType<typeof fullRecord>>, trigger: 'retention' | 'admin') {
    const { person, holderId } = record;
    const row = await t.app.db.holder.findUniqueOrThrow({ where: { id: holderId } });
    expect(row.erasedAt).not.toBeNull();
    expect(row).toMatchObject({ givenName: '', familyName: '', preferredName: null, dateOfBirth: '', photoFile: null, contactEmail: null, contactPhone: null, reference: null, notes: null, caringNote: null, searchText: '' });
    expect(photoFiles()).not.toContain(record.photoFile);
    const traces = await tracesOf(holderId);
    expect(traces).toMatchObject({ invitations: 0, devices: 0, reminders: 0 });
    expect(traces.messages.length).toBeGreaterThan(0);
    for (const message of traces.messages) {
      expect(message).toMatchObject({ toAddress: null, subject: '', textBody: '', htmlBody: null });
      expect(['withdrawn', 'sent', 'handed_over']).toContain(message.status);
    }
    // The card stays as a row, revoked and without its signed token (which prints the name): verify answers exactly as for any not-valid card.
    const card = await t.app.db.card.findUniqueOrThrow({ where: { id: record.card.id } });
    expect(card).toMatchObject({ status: 'revoked', token: '' });
    // Only the year of issue is kept: an expiry can be the day before the 18th birthday.
    const issueYear = new Date(Date.UTC(new Date(record.card.issuedAt).getUTCFullYear(), 0, 1));
    expect(card.issuedAt).toEqual(issueYear);
    expect(card.expiresAt).toEqual(issueYear);
    const answer = await verify(record.card.token);
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe(notValidBody);
    // The phone that was signed in is not any more.
    expect((await t.app.inject({ method: 'GET', url: '/api/my/card', cookies: { yc_device: record.device } })).statusCode).toBe(401);
    // Staff cannot open or find it; one audit event, with counts and no personal data.
    const opened = await call('GET', `/api/holders/${holderId}`);
    expect(opened.statusCode).toBe(409);
    expect(opened.json().error.code).toBe('HOLDER_ERASED');
    expect((await call('GET', `/api/holders?q=${encodeURIComponent(person.familyName)}`)).json().total).toBe(0);
    const events = await eraseEvents(holderId);
    expect(events).toHaveLength(1);
    // The space was reclaimed (SQLite checkpoint, PostgreSQL VACUUM) without a hitch, and no log line names the person.
    const logs = t.logs.join('');
    expect(logs).not.toContain('could not reclaim');
    for (const secret of [person.familyName, person.dateOfBirth]) expect(logs).not.toContain(secret);
    expect(JSON.parse(events[0]!.details)).toEqual({ trigger, cards: 1, invitations: 1, devices: 1, messages: traces.messages.length, reminders: 0, requests: 0, takePart: 0, photo: true });
    // No event about this record, old or new, carries the name, date of birth or contact.
    const allEvents = JSON.stringify(await t.app.db.auditEvent.findMany({ where: { OR: [{ entityId: holderId }, { entityId: record.card.id }] } }));
    for (const secret of [person.givenName, person.familyName, person.dateOfBirth, person.notes, person.reference, 'family.test']) expect(allEvents).not.toContain(secret);
  }

  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '1000000', VERIFY_RATE_LIMIT_PER_MINUTE: '1000000' });
    staffLogin = await createStaffMember(t.app, 'staff');
    adminLogin = await createStaffMember(t.app, 'admin');
    await signInStaffAgain();
    notValidBody = (await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { cardNumber: generateCardNumber() } })).body;
    expect(JSON.parse(notValidBody).result).toBe('not_valid');
  });
  afterAll(async () => t?.close());

  it('keeps records 12 months by default; only an admin changes that, and the change is audited', async () => {
    const read = await call('GET', '/api/settings/retention');
    expect(read.statusCode).toBe(200);
    expect(read.json().settings).toEqual({ months: 12 });
    expect((await call('PUT', '/api/settings/retention', { months: 6 })).statusCode).toBe(403);
    for (const months of [0, 121, 1.5]) expect((await call('PUT', '/api/settings/retention', { months }, adminToken)).statusCode).toBe(400);
    const changed = await call('PUT', '/api/settings/retention', { months: 6 }, adminToken);
    expect(changed.statusCode).toBe(200);
    expect(changed.json().settings).toEqual({ months: 6 });
    const event = await t.app.db.auditEvent.findFirstOrThrow({ where: { action: 'settings.retention' }, orderBy: { seq: 'desc' } });
    expect(JSON.parse(event.details)).toEqual({ from: 12, to: 6 });
    expect((await call('PUT', '/api/settings/retention', { months: 12 }, adminToken)).json().settings).toEqual({ months: 12 });
  });

  it('the daily job erases a record 12 months after its last card ended, and leaves one not yet due alone', async () => {
    const due = await fullRecord();
    const kept = await fullRecord();
    // The first card runs out tomorrow; the second keeps its full year.
    await t.app.db.card.update({ where: { id: due.card.id }, data: { expiresAt: new Date(t.clock.now.getTime() + DAY) } });
    t.clock.advance(2 * DAY);
    await signInStaffAgain();
    expect((await verify(due.card.token)).json()).toMatchObject({ result: 'expired', givenName: due.person.givenName });

    const list = await call('GET', '/api/retention/due?withinDays=366');
    expect(list.statusCode).toBe(200);
    const listed = list.json().items.find((item: { holder: { id: string } }) => item.holder.id === due.holderId);
    expect(listed).toMatchObject({ basis: 'last_card_ended', holder: { familyName: due.person.familyName } });
    expect(list.json().items.some((item: { holder: { id: string } }) => item.holder.id === kept.holderId)).toBe(false);

    // A day before the due date nothing happens.
    t.clock.now = new Date(new Date(`${listed.dueOn}T00:00:00Z`).getTime() - DAY);
    await t.app.deps.jobs.retention.runNow();
    expect((await t.app.db.holder.findUniqueOrThrow({ where: { id: due.holderId } })).erasedAt).toBeNull();

    t.clock.now = new Date(new Date(`${listed.dueOn}T00:00:00Z`).getTime() + 2 * DAY);
    await signInStaffAgain();
    await t.app.deps.jobs.retention.runNow();
    await expectErased(due, 'retention');
    expect((await call('GET', '/api/settings/retention')).json().lastRun).toMatchObject({ result: { erased: 1 } });

    // The one whose card has not ended yet (it runs out later) is untouched.
    const keptRow = await t.app.db.holder.findUniqueOrThrow({ where: { id: kept.holderId } });
    expect(keptRow).toMatchObject({ erasedAt: null, familyName: kept.person.familyName, dateOfBirth: kept.person.dateOfBirth, photoFile: kept.photoFile });
    expect(photoFiles()).toContain(kept.photoFile);
    expect(await tracesOf(kept.holderId)).toMatchObject({ invitations: 1, devices: 1 });
    expect((await t.app.db.outboxMessage.findFirstOrThrow({ where: { holderId: kept.holderId } })).textBody).toContain(kept.person.givenName);
    expect(await eraseEvents(kept.holderId)).toHaveLength(0);
    // Erased cards stay in the status list (their bit stays set).
    const inList = await t.app.db.card.count({ where: { id: due.card.id, status: { in: ['revoked', 'suspended'] } } });
    expect(inList).toBe(1);
  });

  it('a record that never had a card is kept 12 months after it last changed', async () => {
    const holder = await insertHolder(t.app, { familyName: `Nocard${randomBytes(3).toString('hex')}` });
    await t.app.db.holder.update({ where: { id: holder.id }, data: { updatedAt: new Date(t.clock.now.getTime() - 200 * DAY) } });
    const list = (await call('GET', '/api/retention/due?withinDays=366')).json();
    expect(list.items.find((item: { holder: { id: string } }) => item.holder.id === holder.id)).toMatchObject({ basis: 'record_changed' });
    await t.app.deps.jobs.retention.runNow();
    expect((await t.app.db.holder.findUniqueOrThrow({ where: { id: holder.id } })).erasedAt).toBeNull();
    await t.app.db.holder.update({ where: { id: holder.id }, data: { updatedAt: new Date(t.clock.now.getTime() - 370 * DAY) } });
    await t.app.deps.jobs.retention.runNow();
    expect((await t.app.db.holder.findUniqueOrThrow({ where: { id: holder.id } })).erasedAt).not.toBeNull();
  });

  it('each run deletes photo files no record points at (left by a crash just after an erasure), once they are an hour old', async () => {
    const kept = await fullRecord();
    const dir = path.join(t.config.dataDir, 'photos');
    const orphan = `${randomBytes(16).toString('hex')}.jpg`;
    const fresh = `${randomBytes(16).toString('hex')}.jpg`;
    writeFileSync(path.join(dir, orphan), 'left behind');
    writeFileSync(path.join(dir, fresh), 'an upload on its way');
    const old = new Date(t.clock.now.getTime() - 2 * 3_600_000);
    utimesSync(path.join(dir, orphan), old, old);
    utimesSync(path.join(dir, fresh), t.clock.now, t.clock.now);
    await t.app.deps.jobs.retention.runNow();
    expect(photoFiles()).not.toContain(orphan);
    expect(photoFiles()).toContain(fresh);
    expect(photoFiles()).toContain(kept.photoFile);
  });

  it('an admin erases one record now by typing the name; staff cannot; a wrong name erases nothing; twice is refused', async () => {
    const record = await fullRecord();
    const { givenName, familyName } = record.person;
    const staffTry = await call('POST', `/api/holders/${record.holderId}/erase`, { confirmName: `${givenName} ${familyName}` });
    expect(staffTry.statusCode).toBe(403);
    const wrong = await call('POST', `/api/holders/${record.holderId}/erase`, { confirmName: givenName }, adminToken);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'ERASE_CONFIRMATION_MISMATCH', field: 'confirmName' });
    expect(wrong.body).not.toContain(familyName);
    expect((await call('POST', `/api/holders/${record.holderId}/erase`, {}, adminToken)).statusCode).toBe(400);
    expect((await t.app.db.holder.findUniqueOrThrow({ where: { id: record.holderId } })).erasedAt).toBeNull();
    expect(await eraseEvents(record.holderId)).toHaveLength(0);
    expect((await verify(record.card.token)).json().result).toBe('valid');

    const erased = await call('POST', `/api/holders/${record.holderId}/erase`, { confirmName: `  ${givenName.toUpperCase()}   ${familyName} ` }, adminToken);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ holderId: record.holderId, removed: { cards: 1, invitations: 1, devices: 1, photo: true } });
    await expectErased(record, 'admin');
    const event = (await eraseEvents(record.holderId))[0]!;
    expect(event.actorEmail).toBe(adminLogin.email);
    if (engine === 'postgresql') {
      // The erased tables were vacuumed after the erasure (not left to autovacuum).
      const vacuums = async () => {
        const rows = await t.app.db.$queryRaw<{ n: bigint | number }[]>`SELECT vacuum_count AS n FROM pg_stat_user_tables WHERE relname = 'Holder'`;
        return Number(rows[0]?.n ?? 0);
      };
      await expect.poll(vacuums, { timeout: 5000 }).toBeGreaterThan(0);
    }

    const again = await call('POST', `/api/holders/${record.holderId}/erase`, { confirmName: `${givenName} ${familyName}` }, adminToken);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('HOLDER_ERASED');
    expect(await eraseEvents(record.holderId)).toHaveLength(1);
    // Nothing more can be done to the tombstone: no new card, no change.
    expect((await call('POST', `/api/holders/${record.holderId}/cards`, {})).json().error.code).toBe('HOLDER_ERASED');
    expect((await call('PATCH', `/api/holders/${record.holderId}`, { notes: 'x' })).json().error.code).toBe('HOLDER_ERASED');
    expect((await call('POST', '/api/holders/no-such-holder/erase', { confirmName: 'A B' }, adminToken)).statusCode).toBe(404);
  });

  it('the job and admins erasing the same record at once (parallel HTTP requests) erase it once, with one event', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const post = async (url: string, body?: object) => {
      const response = await fetch(base + url, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: response.status, body: (await response.json()) as { error?: { code: string } } };
    };
    const wins = { admin: 0, job: 0 };
    for (let round = 0; round < 8; round++) {
      const familyName = `Racer${randomBytes(3).toString('hex')}`;
      const holder = await insertHolder(t.app, { familyName });
      await t.app.db.holder.update({ where: { id: holder.id }, data: { updatedAt: new Date(t.clock.now.getTime() - 400 * DAY) } });
      // Four admins' erasures and two job runs, all at once, in an order that changes each round.
      const requests = [
        ...Array.from({ length: 4 }, () => () => post(`/api/holders/${holder.id}/erase`, { confirmName: `Amelia ${familyName}` }).then((a) => ({ kind: 'erase', ...a }))),
        ...Array.from({ length: 2 }, () => () => post('/api/retention/run').then((a) => ({ kind: 'run', ...a }))),
      ];
      const order = requests.map((_, i) => (i + round) % requests.length);
      const answers = await Promise.all(order.map((i) => requests[i]!()));
      for (const run of answers.filter((a) => a.kind === 'run')) expect(run.status).toBe(200);
      const erases = answers.filter((a) => a.kind === 'erase');
      for (const erase of erases) {
        expect([200, 409]).toContain(erase.status);
        if (erase.status === 409) expect(erase.body.error?.code).toBe('HOLDER_ERASED');
      }
      const events = await eraseEvents(holder.id);
      expect(events).toHaveLength(1);
      const trigger = JSON.parse(events[0]!.details).trigger as string;
      // The one erasure is the one that said so: an admin's 200, or the job's with no 200 at all.
      expect(erases.filter((e) => e.status === 200)).toHaveLength(trigger === 'admin' ? 1 : 0);
      wins[trigger === 'admin' ? 'admin' : 'job'] += 1;
    }
    expect(wins.admin + wins.job).toBe(8);

    // Issuing a card and erasing at once: never a live card on an erased record.
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < 8; round++) {
      const familyName = `Issuer${randomBytes(3).toString('hex')}`;
      const holder = await insertHolder(t.app, { familyName });
      const erase = () => post(`/api/holders/${holder.id}/erase`, { confirmName: `Amelia ${familyName}` });
      const issue = () => post(`/api/holders/${holder.id}/cards`, {});
      const [first, second] = round % 2 === 0 ? [erase, issue] : [issue, erase];
      const answers = await Promise.all([first(), second()]);
      const key = answers.map((a) => `${a.status} ${a.body.error?.code ?? ''}`.trim()).sort().join(' + ');
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      expect((await t.app.db.holder.findUniqueOrThrow({ where: { id: holder.id } })).erasedAt).not.toBeNull();
      const cards = await t.app.db.card.findMany({ where: { holderId: holder.id } });
      expect(cards.every((card) => card.status === 'revoked' && card.token === ''), JSON.stringify(cards.map((c) => c.status))).toBe(true);
    }
    expect(Object.values(outcomes).reduce((sum, n) => sum + n, 0)).toBe(8);
  });

  // SQLite only: PostgreSQL keeps dead tuples and WAL segments of its own (docs/database.md).
  if (engine === 'sqlite') it('leaves neither the name nor the date of birth in the SQLite file or its -wal', async () => {
    const record = await fullRecord();
    const { givenName, familyName, dateOfBirth, notes } = record.person;
    const file = (t.testDb.target as { file: string }).file;
    const bytes = () => Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    const secrets = [familyName, familyName.toLowerCase(), dateOfBirth, notes];
    // The test can fail: before erasure they are there.
    for (const secret of secrets) expect(bytes().includes(secret), secret).toBe(true);
    // Write the record a few more times, so old copies of its pages sit in the WAL and in free pages.
    for (let i = 0; i < 3; i++) expect((await call('PATCH', `/api/holders/${record.holderId}`, { preferredName: `Pet${i}` })).statusCode).toBe(200);
    const erased = await call('POST', `/api/holders/${record.holderId}/erase`, { confirmName: `${givenName} ${familyName}` }, adminToken);
    expect(erased.statusCode, erased.body).toBe(200);
    const after = bytes();
    for (const secret of [...secrets, givenName]) expect(after.includes(secret), secret).toBe(false);
  });
});
