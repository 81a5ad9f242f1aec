import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { registerHolderWithCard } from '../support/holders.ts';
import { testEngines } from '../support/test-database.ts';

type Item = { card: { id: string; agesOutIn: string | null; expiresOn: string }; holder: { hasEmail: boolean; hasPhone: boolean } };

describe.each(testEngines())('renewal reminders: who is emailed, phoned, reached another way, or ageing out, on %s', (engine) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    // Two-month cards, so a card limited by its validity and one limited by the 18th birthday are both due soon.
    t = await startTestApp(engine, { CARD_VALIDITY_MONTHS: '2' });
    token = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: bearer(token) });
  const holderWithCard = (overrides: Record<string, unknown>) => registerHolderWithCard(t.app, token, overrides);

  it('lists the month a young carer ages out when their card already runs to it, and never reminds them; counts phone-only and no-contact apart', async () => {
    const now = t.clock.now;
    // 18 next month: the card runs to the end of this month, and a renewal could give no later one.
    const eighteenNextMonth = new Date(Date.UTC(now.getUTCFullYear() - 18, now.getUTCMonth() + 1, 15));
    const agesOutIn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
    const email = await holderWithCard({ contactEmail: 'family@home.test' });
    const phone = await holderWithCard({ contactPhone: '0115 496 0000' });
    const neither = await holderWithCard({});
    const ageing = await holderWithCard({ dateOfBirth: eighteenNextMonth.toISOString().slice(0, 10), contactEmail: 'nearly18@home.test' });

    const listed = await call('GET', '/api/renewals?withinDays=90');
    expect(listed.statusCode, listed.body).toBe(200);
    const byId = new Map((listed.json().items as Item[]).map((item) => [item.card.id, item]));
    expect(byId.get(ageing.id)?.card.agesOutIn).toBe(agesOutIn);
    for (const card of [email, phone, neither]) expect(byId.get(card.id)?.card.agesOutIn).toBeNull();
    expect(byId.get(neither.id)?.holder).toMatchObject({ hasEmail: false, hasPhone: false });

    const cardIds = [email.id, phone.id, neither.id, ageing.id];
    const sent = await call('POST', '/api/renewal-reminders', { withinDays: 90, cardIds });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ queued: 1, alreadyReminded: 0, noEmail: 1, noContact: 1, agesOut: 1 });
    // The ageing-out card has an email, but no reminder was made for it: only the first card's.
    expect((await t.app.db.renewalReminder.findMany({ where: { cardId: { in: cardIds } } })).map((row) => row.cardId)).toEqual([email.id]);
    expect(await t.app.db.outboxMessage.count({ where: { cardId: ageing.id } })).toBe(0);

    // However often, the ageing-out card is counted as ageing out, never as reminded.
    const again = await call('POST', '/api/renewal-reminders', { withinDays: 90, cardIds });
    expect(again.json()).toEqual({ queued: 0, alreadyReminded: 1, noEmail: 1, noContact: 1, agesOut: 1 });
  });
});
