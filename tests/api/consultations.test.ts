import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeOrphanPhotos } from '../../api/src/retention/remove-orphan-photos.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
let counter = 0;

describe.each(testEngines())('co-production: consultations, suggestions, "you said, we did" on %s', (engine) => {
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

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, as: string | null = staffToken) =>
    t.app.inject({ method, url, payload, headers: as ? bearer(as) : {} });
  const asDevice = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, payload, cookies: { yc_device: cookie }, headers: { 'x-forwarded-for': `10.3.${counter % 250}.${(counter % 200) + 1}` } });

  /** A young carer with a card, signed in on their phone: the holder and the device cookie. */
  async function signedInYoungCarer(dateOfBirth = '2012-03-09') {
    counter += 1;
    const created = await call('POST', '/api/holders', {
      givenName: 'Zofia',
      familyName: `Nowak${counter}`,
      dateOfBirth,
      contactEmail: `parent${counter}@family.test`,
      consentBy: 'parent',
      consentAt: '2026-01-10T10:00:00.000Z',
      consentMethod: 'written',
    });
    expect(created.statusCode, created.body).toBe(201);
    const holder = created.json().holder as { id: string; familyName: string };
    const card = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json().card;
    const invitation = (await call('POST', `/api/cards/${card.id}/invitations`, { channel: 'email' })).json();
    const signIn = await t.app.inject({ method: 'POST', url: '/api/my/sign-in', payload: { code: invitation.code, dateOfBirth }, headers: { 'x-forwarded-for': `10.8.${counter}.1` } });
    expect(signIn.statusCode, signIn.body).toBe(200);
    return { holder, cookie: signIn.cookies.find((c) => c.name === 'yc_device')!.value };
  }

  async function consultation(overrides: Record<string, unknown> = {}) {
    const response = await call('POST', '/api/consultations', {
      question: `Which card design do you like best? ${++counter}`,
      opensOn: day(-1),
      closesOn: day(30),
      options: [
        { kind: 'template', label: 'The standard card', templateId: 'standard' },
        { kind: 'text', label: 'Something brighter' },
        { kind: 'text', label: 'Keep it plain' },
      ],
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().consultation as { id: string; minAge: number | null; maxAge: number | null; options: { id: string; kind: string }[]; results: { total: number | null; shown: boolean; options: { count: number | null }[] } };
  }

  it('takes exactly one answer from a young carer under 20 parallel HTTP answers; the rest get ALREADY_ANSWERED, and no row names the holder', async () => {
    const asked = await consultation();
    const { holder, cookie } = await signedInYoungCarer();
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await fetch(`${base}/api/my/consultations/${asked.id}/answer`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `yc_device=${cookie}`, 'x-forwarded-for': `10.7.${counter}.${i + 1}` },
          body: JSON.stringify({ optionId: asked.options[i % 3]!.id }),
        });
        return { status: response.status, code: ((await response.json()) as { error?: { code: string } }).error?.code };
      }),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409 && a.code === 'ALREADY_ANSWERED')).toHaveLength(19);
    const rows = await t.app.db.consultationAnswer.findMany({ where: { consultationId: asked.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.channel).toBe('online');
    expect(rows[0]!.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(rows)).not.toContain(holder.id);
    // The page says it was answered, from the token alone.
    const mine = (await asDevice('GET', '/api/my/have-your-say', cookie)).json();
    expect(mine.consultations.find((c: { id: string }) => c.id === asked.id)).toMatchObject({ answered: true });
    // Tokens differ per consultation, so answers cannot be joined across them.
    const other = await consultation();
    expect((await asDevice('POST', `/api/my/consultations/${other.id}/answer`, cookie, { optionId: other.options[0]!.id })).statusCode).toBe(201);
    const [a, b] = await Promise.all([asked.id, other.id].map((id) => t.app.db.consultationAnswer.findFirstOrThrow({ where: { consultationId: id, channel: 'online' } })));
    expect(a!.voterToken).not.toBe(b!.voterToken);
  });

  it('hides every count (and the total) until 5 answers, then shows counts per option and channel; staff-entered answers count once each', async () => {
    const asked = await consultation();
    for (let i = 0; i < 3; i++) {
      const { cookie } = await signedInYoungCarer();
      expect((await asDevice('POST', `/api/my/consultations/${asked.id}/answer`, cookie, { optionId: asked.options[0]!.id })).statusCode).toBe(201);
    }
    const entered = await call('POST', `/api/consultations/${asked.id}/answers`, { optionId: asked.options[1]!.id, channel: 'phone' });
    expect(entered.statusCode, entered.body).toBe(201);
    const four = entered.json().consultation.results;
    expect(four).toMatchObject({ shown: false, total: null });
    expect(four.options.every((o: { count: number | null }) => o.count === null)).toBe(true);
    const csvHidden = await call('GET', `/api/consultations/${asked.id}/results.csv`);
    expect(csvHidden.body).toContain('fewer than 5 answers so far');
    expect(csvHidden.body).not.toMatch(/,\d+\r\n/);

    const fifth = await call('POST', `/api/consultations/${asked.id}/answers`, { optionId: asked.options[1]!.id, channel: 'face_to_face' });
    const results = fifth.json().consultation.results;
    expect(results).toMatchObject({ shown: true, total: 5 });
    expect(results.options.map((o: { count: number }) => o.count)).toEqual([3, 2, 0]);
    expect(results.channels).toEqual([
      { channel: 'online', count: 3 },
      { channel: 'phone', count: 1 },
      { channel: 'email', count: 0 },
      { channel: 'face_to_face', count: 1 },
    ]);
    expect((await call('GET', `/api/consultations/${asked.id}/results.csv`)).body).toContain('The standard card,3');
    const events = await t.app.db.auditEvent.findMany({ where: { entityId: asked.id } });
    expect(events.map((e) => e.action).sort()).toEqual(['consultation.answer_entered', 'consultation.answer_entered', 'consultation.create']);
  });

  it('shows a young carer only open questions for their age, never the age range, dates of birth or results; the card option is the real renderer', async () => {
    const forTeens = await consultation({ minAge: 13, maxAge: 17 });
    const forLittle = await consultation({ minAge: 5, maxAge: 9 });
    // No limit (null) stays no limit: never coerced to 0.
    const forAll = await consultation({ minAge: null, maxAge: null });
    expect(forAll).toMatchObject({ minAge: null, maxAge: null });
    const closed = await consultation({ opensOn: day(-20), closesOn: day(-2) });
    const upcoming = await consultation({ opensOn: day(3), closesOn: day(9) });
    // 14 years old.
    const { cookie } = await signedInYoungCarer(`${new Date().getUTCFullYear() - 14}-01-01`);
    const response = await asDevice('GET', '/api/my/have-your-say', cookie);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const ids = response.json().consultations.map((c: { id: string }) => c.id);
    expect(ids).toContain(forTeens.id);
    expect(ids).toContain(forAll.id);
    for (const hidden of [forLittle, closed, upcoming]) expect(ids).not.toContain(hidden.id);
    expect(response.body).not.toMatch(/minAge|maxAge|dateOfBirth|closesOn|results|count/);
    for (const hidden of [forLittle, closed]) {
      const refused = await asDevice('POST', `/api/my/consultations/${hidden.id}/answer`, cookie, { optionId: hidden.options[1]!.id });
      expect(refused.statusCode).toBe(404);
    }
    const template = forTeens.options.find((o) => o.kind === 'template')!;
    const preview = await asDevice('GET', `/api/my/consultations/${forTeens.id}/options/${template.id}/preview`, cookie);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toContain('application/pdf');
    expect(pdfText(preview.rawPayload)).toContain('Riverside Carers');
    expect((await asDevice('GET', `/api/my/consultations/${forLittle.id}/options/${forLittle.options[0]!.id}/preview`, cookie)).statusCode).toBe(404);
  });

  it('takes a picture option (re-encoded to JPEG, metadata dropped, alt text required) and serves it to staff and to a young carer it is open for', async () => {
    // A PNG carrying EXIF (camera, GPS-like comment) that must not survive.
    const upload = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a7ab0' } })
      .png()
      .withExif({ IFD0: { Make: 'SecretCam', ImageDescription: 'taken at 51.5N 0.1W' } })
      .toBuffer();
    expect((await sharp(upload).metadata()).exif).toBeDefined();
    const image = { kind: 'image', label: 'The blue one', image: upload.toString('base64'), imageAlt: 'A plain blue card' };
    const asked = await consultation({ options: [image, { kind: 'text', label: 'Keep it plain' }] });
    const option = asked.options[0]! as { id: string; kind: string; imageAlt?: string | null };
    expect(option).toMatchObject({ kind: 'image', imageAlt: 'A plain blue card' });

    const staffCopy = await call('GET', `/api/consultations/${asked.id}/options/${option.id}/image`);
    expect(staffCopy.statusCode).toBe(200);
    expect(staffCopy.headers['content-type']).toBe('image/jpeg');
    const served = staffCopy.rawPayload;
    expect(served.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(served.equals(upload)).toBe(false);
    const metadata = await sharp(served).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 600, height: 400 });
    expect(metadata.exif).toBeUndefined();
    expect(served.includes('SecretCam')).toBe(false);
    // Anonymous callers get nothing.
    expect((await call('GET', `/api/consultations/${asked.id}/options/${option.id}/image`, undefined, null)).statusCode).toBe(401);

    const { cookie } = await signedInYoungCarer();
    const mine = (await asDevice('GET', '/api/my/have-your-say', cookie)).json().consultations.find((c: { id: string }) => c.id === asked.id);
    expect(mine.options[0]).toMatchObject({ id: option.id, kind: 'image', label: 'The blue one', imageAlt: 'A plain blue card' });
    const theirCopy = await asDevice('GET', `/api/my/consultations/${asked.id}/options/${option.id}/image`, cookie);
    expect(theirCopy.statusCode).toBe(200);
    expect(theirCopy.headers['content-type']).toBe('image/jpeg');
    expect(theirCopy.rawPayload.equals(served)).toBe(true);
    // Not a picture option, or a question closed for them: nothing.
    expect((await asDevice('GET', `/api/my/consultations/${asked.id}/options/${asked.options[1]!.id}/image`, cookie)).statusCode).toBe(404);
    const closed = await consultation({ opensOn: day(-20), closesOn: day(-2), options: [image, { kind: 'text', label: 'Plain' }] });
    expect((await asDevice('GET', `/api/my/consultations/${closed.id}/options/${closed.options[0]!.id}/image`, cookie)).statusCode).toBe(404);

    // The file sits with the photos (so backups take it) and the orphan sweep keeps it.
    const row = await t.app.deps.db.consultationOption.findUniqueOrThrow({ where: { id: option.id } });
    const file = path.join(t.app.deps.config.dataDir, 'photos', row.imageFile!);
    expect(existsSync(file)).toBe(true);
    await removeOrphanPhotos({ ...t.app.deps, clock: () => new Date(Date.now() + 2 * 3_600_000) });
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a picture option that is not an image, has no picture or no alt text, with a stable 4xx code and nothing stored', async () => {
    const before = await t.app.deps.db.consultation.count();
    const post = (option: object) =>
      call('POST', '/api/consultations', { question: 'Which picture?', opensOn: day(-1), closesOn: day(30), options: [option, { kind: 'text', label: 'Plain' }] });
    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#000' } }).png().toBuffer();
    const cases: [object, number, string, string][] = [
      [{ kind: 'image', label: 'Not a picture', image: Buffer.from('<script>alert(1)</script>').toString('base64'), imageAlt: 'x' }, 400, 'PHOTO_INVALID', 'options/0/image'],
      [{ kind: 'image', label: 'Cut short', image: png.subarray(0, 60).toString('base64'), imageAlt: 'x' }, 400, 'PHOTO_INVALID', 'options/0/image'],
      [{ kind: 'image', label: 'No picture', imageAlt: 'x' }, 400, 'VALIDATION_FAILED', 'options/0/image'],
      [{ kind: 'image', label: 'No alt', image: png.toString('base64') }, 400, 'VALIDATION_FAILED', 'options/0/imageAlt'],
      [{ kind: 'image', label: 'Blank alt', image: png.toString('base64'), imageAlt: '   ' }, 400, 'VALIDATION_FAILED', 'options/0/imageAlt'],
    ];
    for (const [option, status, code, field] of cases) {
      const response = await post(option);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error).toMatchObject({ code, field });
    }
    expect(await t.app.deps.db.consultation.count()).toBe(before);
  });

  it('keeps suggestions private until staff publish them, and then shows only the wording staff approved', async () => {
    const { cookie } = await signedInYoungCarer();
    const sent = await asDevice('POST', '/api/my/suggestions', cookie, { kind: 'partner', text: 'Riverside Swimming Pool\nmy brother Jake would love it' });
    expect(sent.statusCode, sent.body).toBe(201);
    const declinedOne = await asDevice('POST', '/api/my/suggestions', cookie, { kind: 'benefit', text: 'Free cinema on Saturdays' });
    expect(declinedOne.statusCode).toBe(201);
    const stored = await t.app.db.suggestion.findMany({ where: { text: { contains: 'Jake' } } });
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]!).sort()).toEqual(['day', 'decidedAt', 'decidedById', 'id', 'kind', 'publicText', 'status', 'text']);

    const before = await t.app.inject({ method: 'GET', url: '/api/you-said-we-did' });
    expect(before.statusCode).toBe(200);
    expect(before.body).not.toContain('Riverside Swimming');
    expect(before.body).not.toContain('cinema');

    const listed = (await call('GET', '/api/suggestions?status=new')).json().items as { id: string; text: string }[];
    const pool = listed.find((s) => s.text.includes('Jake'))!;
    const cinema = listed.find((s) => s.text.includes('cinema'))!;
    expect((await call('POST', `/api/suggestions/${pool.id}/moderate`, { decision: 'published' })).statusCode).toBe(400);
    const published = await call('POST', `/api/suggestions/${pool.id}/moderate`, { decision: 'published', publicText: 'Riverside Swimming Pool' });
    expect(published.statusCode, published.body).toBe(200);
    expect((await call('POST', `/api/suggestions/${cinema.id}/moderate`, { decision: 'declined' })).statusCode).toBe(200);

    const after = (await t.app.inject({ method: 'GET', url: '/api/you-said-we-did' })).body;
    expect(after).toContain('Riverside Swimming Pool');
    expect(after).not.toContain('Jake');
    expect(after).not.toContain('cinema');
    expect((await asDevice('GET', '/api/my/have-your-say', cookie)).body).not.toMatch(/Jake|cinema/);
    const events = await t.app.db.auditEvent.findMany({ where: { entityType: 'suggestion' } });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['suggestion.publish', 'suggestion.decline']));
    expect(events.every((e) => e.actorEmail !== null)).toBe(true);
  });

  it('refuses hostile or empty text with a clear 400, never a 5xx', async () => {
    const { cookie } = await signedInYoungCarer();
    for (const text of ['Nice \u202Eshop', 'bell\u0007', ' \u200B ', 'x'.repeat(501), 'tab\u2066isolate']) {
      const response = await asDevice('POST', '/api/my/suggestions', cookie, { kind: 'benefit', text });
      expect(response.statusCode, text).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'text' });
    }
    expect((await asDevice('POST', '/api/my/suggestions', cookie, { kind: 'everything', text: 'x' })).statusCode).toBe(400);
    const badQuestion = await call('POST', '/api/consultations', { question: 'Hi\u202E', opensOn: day(0), closesOn: day(1), options: [{ kind: 'text', label: 'a' }, { kind: 'text', label: 'b' }] });
    expect(badQuestion.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'question' });
    const badDates = await call('POST', '/api/consultations', { question: 'Q', opensOn: day(5), closesOn: day(1), options: [{ kind: 'text', label: 'a' }, { kind: 'text', label: 'b' }] });
    expect(badDates.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'closesOn' });
    const badTemplate = await call('POST', '/api/consultations', { question: 'Q', opensOn: day(0), closesOn: day(1), options: [{ kind: 'template', label: 'a', templateId: '../etc' }, { kind: 'text', label: 'b' }] });
    expect(badTemplate.json().error.code).toBe('UNKNOWN_TEMPLATE');
    const asked = await consultation();
    expect((await asDevice('POST', `/api/my/consultations/${asked.id}/answer`, cookie, { optionId: 'not-an-option' })).statusCode).toBe(400);
    expect((await asDevice('POST', `/api/my/consultations/%00/answer`, cookie, { optionId: 'x' })).statusCode).toBe(400);
    expect((await call('POST', `/api/consultations/${asked.id}/answers`, { optionId: asked.options[0]!.id, channel: 'online' })).statusCode).toBe(400);
  });

  it('keeps staff routes from young carers and anonymous callers, and young carers’ routes from everyone without a phone signed in', async () => {
    const { cookie } = await signedInYoungCarer();
    const asked = await consultation();
    const staffOnly: ['GET' | 'POST' | 'PUT', string, object?][] = [
      ['GET', '/api/consultations'],
      ['POST', '/api/consultations', { question: 'Q', opensOn: day(0), closesOn: day(1), options: [] }],
      ['GET', `/api/consultations/${asked.id}`],
      ['GET', `/api/consultations/${asked.id}/results.csv`],
      ['POST', `/api/consultations/${asked.id}/answers`, { optionId: asked.options[0]!.id, channel: 'phone' }],
      ['GET', '/api/suggestions'],
      ['POST', `/api/suggestions/${randomUUID()}/moderate`, { decision: 'declined' }],
      ['GET', '/api/outcomes'],
      ['POST', '/api/outcomes', { youSaid: 'a', weDid: 'b', day: day(0), published: true }],
      ['GET', '/api/take-part'],
      ['GET', '/api/settings/co-production'],
    ];
    for (const [method, url, payload] of staffOnly) {
      expect((await call(method, url, payload, null)).statusCode, `${method} ${url}`).toBe(401);
      expect((await asDevice(method, url, cookie, payload)).statusCode, `${method} ${url} as a young carer`).toBe(401);
    }
    for (const [method, url, payload] of [
      ['GET', '/api/my/have-your-say'],
      ['POST', `/api/my/consultations/${asked.id}/answer`, { optionId: asked.options[0]!.id }],
      ['POST', '/api/my/suggestions', { kind: 'benefit', text: 'x' }],
      ['PUT', '/api/my/take-part', { contactBy: ['email'] }],
    ] as const) {
      expect((await call(method, url, payload, null)).statusCode, url).toBe(401);
      expect((await call(method, url, payload)).statusCode, `${url} with a staff token`).toBe(401);
    }
    expect((await call('PUT', '/api/settings/co-production', { keepSuggestionsDays: 30, keepAnswersDays: 30 })).statusCode).toBe(403);
  });

  it('publishes outcomes on the public page and on /my only when marked published, and audits every change', async () => {
    const { cookie } = await signedInYoungCarer();
    const draft = await call('POST', '/api/outcomes', { youSaid: 'Make the card brighter', weDid: 'New purple design from May', day: day(0), published: false });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().outcome.id;
    expect((await t.app.inject({ method: 'GET', url: '/api/you-said-we-did' })).body).not.toContain('purple');
    expect((await asDevice('GET', '/api/my/have-your-say', cookie)).body).not.toContain('purple');
    expect((await call('PUT', `/api/outcomes/${id}`, { youSaid: 'Make the card brighter', weDid: 'New purple design from May', day: day(0), published: true })).statusCode).toBe(200);
    const outcomes = (await t.app.inject({ method: 'GET', url: '/api/you-said-we-did' })).json().outcomes;
    expect(outcomes.find((o: { id: string }) => o.id === id)).toEqual({ id, youSaid: 'Make the card brighter', weDid: 'New purple design from May', day: day(0) });
    expect((await asDevice('GET', '/api/my/have-your-say', cookie)).body).toContain('purple');
    const events = await t.app.db.auditEvent.findMany({ where: { entityType: 'outcome', entityId: id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['outcome.create', 'outcome.update']);
  });

  it('takes a wish to take part (linked to the holder, for staff to follow up), puts it in the subject access export and erases it with the record', async () => {
    const { holder, cookie } = await signedInYoungCarer();
    const registered = await asDevice('PUT', '/api/my/take-part', cookie, { contactBy: ['email', 'online'] });
    expect(registered.statusCode, registered.body).toBe(200);
    expect((await asDevice('GET', '/api/my/have-your-say', cookie)).json().takePart).toEqual({ registered: true, contactBy: ['email', 'online'] });
    const list = (await call('GET', '/api/take-part')).json().items as { id: string; holder: { id: string }; followedUpAt: string | null }[];
    const mine = list.find((item) => item.holder.id === holder.id)!;
    expect(mine.followedUpAt).toBeNull();
    const followed = await call('POST', `/api/take-part/${mine.id}/followed-up`);
    expect(followed.statusCode).toBe(204);
    expect((await call('GET', '/api/take-part')).json().items.find((item: { id: string }) => item.id === mine.id).followedUpAt).not.toBeNull();
    expect((await call('GET', `/api/holders/${holder.id}/take-part`)).json()).toMatchObject({ registered: true, contactBy: ['email', 'online'], source: 'online', followedUpAt: expect.any(String) });
    // "What we keep about me" shows it too.
    const kept = await asDevice('GET', '/api/my/data', cookie);
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().takePart).toEqual({ contactBy: ['email', 'online'], source: 'online', createdAt: expect.any(String), followedUpAt: expect.any(String) });

    // Staff record it for a young carer without a phone: it shows on their page as told to staff, waiting for a follow-up.
    const { holder: other } = await signedInYoungCarer();
    expect((await call('GET', `/api/holders/${other.id}/take-part`)).json()).toEqual({ registered: false, contactBy: [], source: null, createdAt: null, followedUpAt: null });
    const told = await call('PUT', `/api/holders/${other.id}/take-part`, { contactBy: ['face_to_face'] });
    expect(told.statusCode, told.body).toBe(200);
    expect((await call('GET', `/api/holders/${other.id}/take-part`)).json()).toMatchObject({ registered: true, contactBy: ['face_to_face'], source: 'staff', followedUpAt: null });
    expect((await call('GET', `/api/holders/${randomUUID()}/take-part`)).statusCode).toBe(404);
    expect((await call('GET', `/api/holders/${other.id}/take-part`, undefined, null)).statusCode).toBe(401);

    const exported = await call('GET', `/api/holders/${holder.id}/export.json`, undefined, adminToken);
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json().takePart).toEqual([expect.objectContaining({ contactBy: ['email', 'online'], source: 'online' })]);
    // Nothing else about co-production is in the export: answers and suggestions are not linked to anyone.
    expect(exported.body).not.toMatch(/voterToken|suggestion|consultation/i);

    const erased = await call('POST', `/api/holders/${holder.id}/erase`, { confirmName: `Zofia ${holder.familyName}` }, adminToken);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().removed.takePart).toBe(1);
    expect(await t.app.db.takePartInterest.count({ where: { holderId: holder.id } })).toBe(0);
  });

  it('deletes suggestions and answers past their retention periods (an admin sets them, audited) and keeps newer ones', async () => {
    const asked = await consultation();
    const old = day(-40);
    await t.app.db.suggestion.create({ data: { id: randomUUID(), kind: 'benefit', text: 'An old idea', status: 'new', day: old } });
    await t.app.db.consultationAnswer.create({ data: { id: randomUUID(), consultationId: asked.id, optionId: asked.options[0]!.id, channel: 'phone', day: old, voterToken: `old-${counter}` } });
    await t.app.db.suggestion.create({ data: { id: randomUUID(), kind: 'benefit', text: 'A new idea', status: 'new', day: day(0) } });
    await t.app.db.consultationAnswer.create({ data: { id: randomUUID(), consultationId: asked.id, optionId: asked.options[0]!.id, channel: 'phone', day: day(0), voterToken: `new-${counter}` } });
    expect((await call('GET', '/api/settings/co-production')).json().settings).toEqual({ keepSuggestionsDays: 365, keepAnswersDays: 365 });
    await t.app.deps.jobs.retention.runNow();
    expect(await t.app.db.suggestion.count({ where: { text: 'An old idea' } })).toBe(1);
    for (const bad of [{ keepSuggestionsDays: 1, keepAnswersDays: 30 }, { keepSuggestionsDays: 30 }]) expect((await call('PUT', '/api/settings/co-production', bad, adminToken)).statusCode).toBe(400);
    const changed = await call('PUT', '/api/settings/co-production', { keepSuggestionsDays: 30, keepAnswersDays: 30 }, adminToken);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await t.app.db.auditEvent.count({ where: { action: 'settings.co_production' } })).toBe(1);
    await t.app.deps.jobs.retention.runNow();
    expect(await t.app.db.suggestion.count({ where: { text: 'An old idea' } })).toBe(0);
    expect(await t.app.db.suggestion.count({ where: { text: 'A new idea' } })).toBe(1);
    const left = await t.app.db.consultationAnswer.findMany({ where: { consultationId: asked.id } });
    expect(left.map((a) => a.day)).toEqual([day(0)]);
    expect((await call('GET', '/api/settings/retention')).json().lastRun.result).toMatchObject({ suggestions: 1, answers: 1 });
    expect(await t.app.db.auditEvent.count({ where: { action: 'co_production.erase' } })).toBe(1);
  });
});
