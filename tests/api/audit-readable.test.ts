import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Event = {
  seq: number;
  action: string;
  group: string;
  label: string;
  sentence: string;
  actor: { kind: string; id: string | null; name: string; phrase: Phrase | null };
  subject: { type: string; id: string | null; name: string; erased: boolean; phrase: Phrase | null; link: { type: string; id: string } | null } | null;
};

/** A fixed phrase of the log's, for the staff app to say in the page's language. */
type Phrase = { key: string; values: Record<string, string> };

describe.each(testEngines())('the audit log in words on %s', (engine) => {
  let t: TestApp;
  let adminToken: string;
  let staffToken: string;
  let admin: { id: string; email: string };
  let maya: { id: string };
  let card: { id: string; number: string };
  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '100000' });
    admin = await createStaffMember(t.app, 'admin');
    adminToken = (await loginAs(t.app, admin as { id: string; email: string; password: string })).accessToken;
    const staff = await createStaffMember(t.app, 'staff');
    staffToken = (await loginAs(t.app, staff)).accessToken;
    await t.app.db.staff.update({ where: { id: admin.id }, data: { name: 'Sam Carter' } });

    const created = await call('POST', '/api/holders', {
      givenName: 'Maya', familyName: 'Okafor', dateOfBirth: '2012-05-17', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written',
    });
    expect(created.statusCode, created.body).toBe(201);
    maya = created.json().holder;
    const issued = await call('POST', `/api/holders/${maya.id}/cards`, {});
    expect(issued.statusCode, issued.body).toBe(201);
    card = issued.json().card;
    expect((await call('GET', `/api/cards/${card.id}/pdf`)).statusCode).toBe(200);
    expect((await call('GET', `/api/holders/${maya.id}`, undefined, staffToken)).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object, as = adminToken) => t.app.inject({ method, url, payload, headers: bearer(as) });
  const events = async (query: string, as = adminToken): Promise<Event[]> => {
    const response = await call('GET', `/api/audit?${query}`, undefined, as);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items;
  };

  it('says who did what to whom, by name, with the record to open', async () => {
    const [pdf] = await events('action=card.pdf');
    expect(pdf).toMatchObject({
      group: 'cards',
      label: 'Card PDF downloaded',
      actor: { kind: 'staff', id: admin.id, name: 'Sam Carter' },
      subject: { type: 'card', id: card.id, erased: false, link: { type: 'card', id: card.id } },
    });
    expect(pdf!.sentence).toMatch(/^Sam Carter downloaded the card PDF of card YC-\S+ \(Maya Okafor\)$/);
    // A person's own name goes as it is; a fixed phrase also goes by its key and values, for the staff app's languages.
    expect(pdf!.actor.phrase).toBeNull();
    expect(pdf!.subject!.phrase).toEqual({ key: 'card', values: { number: expect.stringMatching(/^YC-/), name: 'Maya Okafor' } });
    expect(pdf!.subject!.name).toBe(`card ${pdf!.subject!.phrase!.values.number} (Maya Okafor)`);

    const [registered] = await events('action=holder.create');
    expect(registered!.sentence).toBe('Sam Carter registered Maya Okafor');
    expect(registered!.subject).toMatchObject({ type: 'holder', name: 'Maya Okafor', link: { type: 'holder', id: maya.id } });
  });

  it('"card" finds every card action, and a group finds its actions', async () => {
    const byWord = await events('action=card');
    expect(byWord.map((e) => e.action)).toEqual(expect.arrayContaining(['card.pdf', 'card.issue']));
    expect(byWord.every((e) => e.action.startsWith('card.'))).toBe(true);

    const group = await events('group=cards');
    expect(group.length).toBeGreaterThanOrEqual(2);
    expect(group.every((e) => e.group === 'cards')).toBe(true);
    const young = await events('group=young_carers');
    expect(young.map((e) => e.action)).toEqual(expect.arrayContaining(['holder.create', 'holder.read']));
    expect((await call('GET', '/api/audit?group=nonsense')).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'group' });
  });

  it('answers "who viewed Maya’s record?", and her History includes her card', async () => {
    const viewed = await events(`entityType=holder&entityId=${maya.id}&action=holder.read`);
    expect(viewed).toHaveLength(1);
    expect(viewed[0]!.actor.name).toMatch(/^Test staff/);
    expect(viewed[0]!.sentence).toMatch(/^Test staff \d+ viewed the record of Maya Okafor$/);

    const history = await events(`entityType=holder&entityId=${maya.id}`);
    expect(history.map((e) => e.action)).toEqual(['holder.read', 'card.pdf', 'card.issue', 'holder.create']);
  });

  it('filters by person and by date', async () => {
    const mine = await events(`actorId=${admin.id}&entityType=holder&entityId=${maya.id}`);
    expect(mine.map((e) => e.action)).toEqual(['card.pdf', 'card.issue', 'holder.create']);
    const tomorrow = new Date(t.clock.now.getTime() + 86_400_000).toISOString();
    expect(await events(`from=${encodeURIComponent(tomorrow)}`)).toEqual([]);
    const yesterday = new Date(t.clock.now.getTime() - 86_400_000).toISOString();
    expect((await events(`from=${encodeURIComponent(yesterday)}&to=${encodeURIComponent(tomorrow)}&action=holder.create`)).length).toBe(1);
  });

  it('staff see the History of a young carer or card they can open, never the whole log', async () => {
    const history = await events(`entityType=holder&entityId=${maya.id}`, staffToken);
    expect(history.length).toBe(4);
    expect((await events(`entityType=card&entityId=${card.id}`, staffToken)).map((e) => e.action)).toEqual(['card.pdf', 'card.issue']);
    for (const query of ['', 'action=holder.read', `entityType=staff&entityId=${admin.id}`, `entityId=${maya.id}`, 'entityType=holder']) {
      const refused = await call('GET', `/api/audit?${query}`, undefined, staffToken);
      expect(refused.statusCode, query).toBe(403);
      expect(refused.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('an erased young carer is "an erased record" everywhere, with no link and nothing of their name', async () => {
    const created = await call('POST', '/api/holders', {
      givenName: 'Zephyrine', familyName: 'Quillfeather', dateOfBirth: '2011-02-03', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written',
    });
    const id = created.json().holder.id as string;
    const issued = await call('POST', `/api/holders/${id}/cards`, {});
    expect(issued.statusCode).toBe(201);
    const erased = await call('POST', `/api/holders/${id}/erase`, { confirmName: 'Zephyrine Quillfeather' });
    expect(erased.statusCode, erased.body).toBe(200);

    const response = await call('GET', `/api/audit?entityType=holder&entityId=${id}`);
    expect(response.body).not.toMatch(/Zephyrine|Quillfeather/);
    const items: Event[] = response.json().items;
    expect(items.map((e) => e.action)).toEqual(['holder.erase', 'card.issue', 'holder.create']);
    for (const event of items) {
      expect(event.subject).toMatchObject({ erased: true, link: null });
      expect(event.subject!.name).toMatch(/an erased record/);
      expect(event.subject!.phrase).toMatchObject({ key: expect.stringMatching(/^(erasedRecord|cardOfErased)$/), values: {} });
    }
    expect(items[2]!.sentence).toBe('Sam Carter registered an erased record');
  });

  it('pages through a filtered log with the cursor', async () => {
    for (let i = 0; i < 3; i++) expect((await call('GET', `/api/holders/${maya.id}`)).statusCode).toBe(200);
    const first = (await call('GET', `/api/audit?action=holder.read&entityType=holder&entityId=${maya.id}&limit=2`)).json();
    expect(first.items).toHaveLength(2);
    const second = (await call('GET', `/api/audit?action=holder.read&entityType=holder&entityId=${maya.id}&limit=2&before=${first.nextBefore}`)).json();
    expect(second.items).toHaveLength(2);
    expect(second.nextBefore).toBeNull();
    expect(second.items[0].seq).toBeLessThan(first.items[1].seq);
  });
});
