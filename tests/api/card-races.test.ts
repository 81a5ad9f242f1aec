import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertHolder } from '../support/holders.ts';
import { createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * Races between card actions, as real parallel HTTP requests to a listening
 * app (inject() would run them one after the other far more often). Every
 * round checks the answers, the holder's cards in the database, and what
 * the public verify call says about each card afterwards.
 */

type Answer = { status: number; body: { card?: { id: string; token: string }; error?: { code: string } } };
type CardRow = { id: string; status: string; statusReason: string | null; replacesCardId: string | null; token: string };

/** How a race went, over all its rounds: printed, so a run shows the figures and not only pass or fail. */
type Tally = Record<string, number>;

const ROUNDS = 10;
const CROWD_ROUNDS = 4;
const CROWD = 20;

describe.each(testEngines())('card races on %s', (engine) => {
  let t: TestApp;
  let base: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '1000000', VERIFY_RATE_LIMIT_PER_MINUTE: '1000000' });
    token = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t.close());

  async function post(path: string, body?: object, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(base + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Answer['body']) : {} };
  }
  const verdict = async (cardToken: string) => ((await post('/api/v1/verify', { token: cardToken })).body as { result?: string }).result;
  const cardsOf = (holderId: string): Promise<CardRow[]> =>
    t.app.db.card.findMany({ where: { holderId }, select: { id: true, status: true, statusReason: true, replacesCardId: true, token: true } });
  const describeAnswers = (answers: Answer[]) => answers.map((a) => `${a.status} ${a.body.error?.code ?? ''}`.trim()).join(', ');

  async function holderWithCard() {
    const holder = await insertHolder(t.app);
    const issued = await post(`/api/holders/${holder.id}/cards`, {});
    expect(issued.status).toBe(201);
    return { holderId: holder.id, old: issued.body.card! };
  }

  function count(tally: Tally, key: string) {
    tally[key] = (tally[key] ?? 0) + 1;
  }
  function report(name: string, tally: Tally, problems: string[]) {
    process.stdout.write(`[card-races ${engine}] ${name}: ${JSON.stringify(tally)}; ${problems.length} problem(s)\n`);
    expect(problems).toEqual([]);
  }

  /**
   * Renew or reissue sent together with a revoke of the same card. Exactly
   * one may win: either the revoke (the old card revoked, no new card), or
   * the replacement (the old card retired, the new one valid, the revoke
   * refused because the card was no longer current). Never both.
   */
  async function raceWithRevoke(name: string, replace: { path: string; body?: object }) {
    const tally: Tally = {};
    const problems: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const { holderId, old } = await holderWithCard();
      const [replaced, revoked] = await Promise.all([
        post(`/api/cards/${old.id}/${replace.path}`, replace.body),
        post(`/api/cards/${old.id}/revoke`, { reason: 'consent_withdrawn' }),
      ]);
      const say = (what: string) => problems.push(`round ${round}: ${what} (${replace.path} ${describeAnswers([replaced])}, revoke ${describeAnswers([revoked])})`);
      for (const answer of [replaced, revoked]) {
        if (answer.status >= 500) count(tally, 'answered 5xx');
      }
      if (![201, 409].includes(replaced.status)) say(`${replace.path} answered ${replaced.status}`);
      if (![200, 409].includes(revoked.status)) say(`revoke answered ${revoked.status}`);
      for (const answer of [replaced, revoked]) {
        if (answer.status === 409 && answer.body.error?.code !== 'CARD_STATE_CONFLICT') say(`409 with ${answer.body.error?.code}`);
      }
      const cards = await cardsOf(holderId);
      const oldRow = cards.find((c) => c.id === old.id);
      const newRows = cards.filter((c) => c.id !== old.id);
      if (replaced.status === 201 && revoked.status === 200) {
        count(tally, 'both succeeded');
        say('both succeeded');
      } else if (revoked.status === 200) {
        count(tally, 'revoke won');
        if (oldRow?.status !== 'revoked' || oldRow.statusReason !== 'consent_withdrawn') say(`revoke acknowledged but the old card is ${oldRow?.status}/${oldRow?.statusReason}`);
        if (newRows.length !== 0) say(`revoke won but ${newRows.length} new card(s) exist`);
      } else if (replaced.status === 201) {
        count(tally, `${replace.path} won`);
        if (oldRow?.status !== 'revoked') say(`${replace.path} won but the old card is ${oldRow?.status}`);
        if (newRows.length !== 1 || newRows[0]?.status !== 'active' || newRows[0].id !== replaced.body.card?.id) {
          say(`${replace.path} won but the new cards are ${JSON.stringify(newRows.map((c) => [c.id, c.status]))}`);
        }
      } else {
        count(tally, 'neither succeeded');
        say('neither succeeded');
      }
      // Whatever happened, the old card never verifies again, and a new card verifies only if its request won alone.
      if ((await verdict(old.token)) !== 'not_valid') say('the old card still verifies');
      for (const card of newRows) {
        const result = await verdict(card.token);
        const shouldLive = replaced.status === 201 && revoked.status === 409 && card.id === replaced.body.card?.id;
        if (shouldLive ? result !== 'valid' : result === 'valid') say(`new card ${card.id} verifies ${result}`);
        if (!shouldLive && result === 'valid') count(tally, 'dead card verified valid');
      }
    }
    report(name, tally, problems);
  }

  it('renew racing a revoke: exactly one wins, and a revoked card stays revoked', async () => {
    await raceWithRevoke('renew vs revoke', { path: 'renew' });
  }, 60_000);

  it('reissue racing a revoke: exactly one wins, and a revoked card stays revoked', async () => {
    await raceWithRevoke('reissue vs revoke', { path: 'reissue', body: { reason: 'lost' } });
  }, 60_000);

  /** CROWD replacements of one card at once: one 201, every other one a 409 CARD_STATE_CONFLICT, one new card. */
  async function crowdReplaces(name: string, requestFor: (i: number) => { path: string; body?: object }) {
    const tally: Tally = {};
    const problems: string[] = [];
    for (let round = 1; round <= CROWD_ROUNDS; round++) {
      const { holderId, old } = await holderWithCard();
      const answers = await Promise.all(
        Array.from({ length: CROWD }, (_, i) => {
          const request = requestFor(i);
          return post(`/api/cards/${old.id}/${request.path}`, request.body);
        }),
      );
      const say = (what: string) => problems.push(`round ${round}: ${what} [${describeAnswers(answers)}]`);
      for (const answer of answers) count(tally, `${answer.status}${answer.body.error ? ` ${answer.body.error.code}` : ''}`);
      const winners = answers.filter((a) => a.status === 201);
      if (winners.length !== 1) say(`${winners.length} answered 201`);
      const others = answers.filter((a) => a.status !== 201);
      if (!others.every((a) => a.status === 409 && a.body.error?.code === 'CARD_STATE_CONFLICT')) say('a loser did not answer 409 CARD_STATE_CONFLICT');
      const cards = await cardsOf(holderId);
      const oldRow = cards.find((c) => c.id === old.id);
      const newRows = cards.filter((c) => c.id !== old.id);
      if (oldRow?.status !== 'revoked') say(`the old card is ${oldRow?.status}`);
      if (newRows.length !== 1 || newRows[0]?.status !== 'active' || newRows[0].replacesCardId !== old.id) {
        say(`new cards: ${JSON.stringify(newRows.map((c) => [c.status, c.replacesCardId === old.id]))}`);
      }
      if (winners.length === 1 && newRows[0]?.id !== winners[0]?.body.card?.id) say('the stored new card is not the one the 201 returned');
      if ((await verdict(old.token)) !== 'not_valid') say('the old card still verifies');
      for (const card of newRows) {
        if ((await verdict(card.token)) !== 'valid') say(`new card ${card.id} does not verify`);
      }
    }
    report(name, tally, problems);
  }

  it(`${CROWD} reissues of one card at once: one new card, the rest 409`, async () => {
    await crowdReplaces('parallel reissues', () => ({ path: 'reissue', body: { reason: 'lost' } }));
  }, 60_000);

  it(`${CROWD} renewals of one card at once: one new card, the rest 409`, async () => {
    await crowdReplaces('parallel renewals', () => ({ path: 'renew' }));
  }, 60_000);

  it(`renewals and reissues of one card at once: one new card, the rest 409`, async () => {
    await crowdReplaces('parallel renew/reissue mix', (i) => (i % 2 ? { path: 'renew' } : { path: 'reissue', body: { reason: 'damaged' } }));
  }, 60_000);

  it(`${CROWD} first cards for one holder at once, no Idempotency-Key: one 201, the rest 409 HOLDER_HAS_CURRENT_CARD`, async () => {
    const tally: Tally = {};
    const problems: string[] = [];
    for (let round = 1; round <= CROWD_ROUNDS; round++) {
      const holder = await insertHolder(t.app);
      const answers = await Promise.all(Array.from({ length: CROWD }, () => post(`/api/holders/${holder.id}/cards`, {})));
      const say = (what: string) => problems.push(`round ${round}: ${what} [${describeAnswers(answers)}]`);
      for (const answer of answers) count(tally, `${answer.status}${answer.body.error ? ` ${answer.body.error.code}` : ''}`);
      const winners = answers.filter((a) => a.status === 201);
      if (winners.length !== 1) say(`${winners.length} answered 201`);
      const others = answers.filter((a) => a.status !== 201);
      if (!others.every((a) => a.status === 409 && a.body.error?.code === 'HOLDER_HAS_CURRENT_CARD')) say('a loser did not answer 409 HOLDER_HAS_CURRENT_CARD');
      const cards = await cardsOf(holder.id);
      if (cards.length !== 1 || cards[0]?.status !== 'active' || cards[0].id !== winners[0]?.body.card?.id) {
        say(`cards: ${JSON.stringify(cards.map((c) => c.status))}`);
      }
      for (const card of cards) {
        if ((await verdict(card.token)) !== 'valid') say(`card ${card.id} does not verify`);
      }
    }
    report('parallel first cards', tally, problems);
  }, 60_000);
});
