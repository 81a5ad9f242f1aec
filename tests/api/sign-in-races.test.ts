import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * Bursts of sign-ins against one young carer's code, as real parallel HTTP
 * requests to a listening app, from ten addresses (X-Forwarded-For behind a
 * trusted proxy). However the burst is made up, no more than the limit of
 * dates may be compared, and every answer is one of the documented ones.
 */

const RIGHT = '2012-03-09';
const LIMIT = 5;
const BURST = 100;
const ADDRESSES = 10;
/** What a sign-in may answer, as "status code". */
const DOCUMENTED = new Set(['200 ', '400 DATE_OF_BIRTH_MISMATCH', '423 INVITATION_LOCKED', '410 INVITATION_USED', '429 TOO_MANY_REQUESTS']);

describe.each(testEngines())('sign-in bursts against one code on %s', (engine) => {
  let t: TestApp;
  let base: string;
  let staffToken: string;
  let round = 0;

  beforeAll(async () => {
    t = await startTestApp(engine, { TRUST_PROXY: 'true', INVITATION_MAX_ATTEMPTS: String(LIMIT), RATE_LIMIT_PER_MINUTE: '1000000' });
    staffToken = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t.close());

  async function invitation(): Promise<{ id: string; code: string; holderId: string }> {
    round += 1;
    const call = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: bearer(staffToken) });
    const holder = (
      await call('/api/holders', { givenName: 'Ada', familyName: `Burst${round}`, dateOfBirth: RIGHT, consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written' })
    ).json().holder;
    const card = (await call(`/api/holders/${holder.id}/cards`, {})).json().card;
    const created = (await call(`/api/cards/${card.id}/invitations`, { channel: 'print' })).json();
    return { id: created.invitation.id, code: created.code, holderId: holder.id };
  }

  /** `dates[i]` sent from address i % ADDRESSES, each burst from addresses of its own so the per-address limit (10 a minute) is not what stops them. */
  async function burst(code: string, dates: string[]) {
    round += 1;
    return Promise.all(
      dates.map(async (dateOfBirth, i) => {
        const response = await fetch(`${base}/api/my/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${round}.${i % ADDRESSES}.1` },
          body: JSON.stringify({ code, dateOfBirth }),
        });
        const body = (await response.json()) as { error?: { code: string } };
        return `${response.status} ${body.error?.code ?? ''}`;
      }),
    );
  }

  /** Dates that differ from the right one, one per try. */
  const wrongDates = (n: number) => Array.from({ length: n }, (_, i) => `2011-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`);

  async function checked(id: string, holderId: string) {
    const row = await t.app.db.invitation.findUniqueOrThrow({ where: { id } });
    const wrongEvents = await t.app.db.auditEvent.count({ where: { action: 'invitation.wrong_date_of_birth', entityId: holderId } });
    const useEvents = await t.app.db.auditEvent.count({ where: { action: 'invitation.use', entityId: holderId } });
    const sessions = await t.app.db.deviceSession.count({ where: { invitationId: id } });
    return { row, wrongEvents, useEvents, sessions };
  }

  it(`compares no more than ${LIMIT} of ${BURST} dates sent at once (the right one at #70), and answers each in a documented way`, async () => {
    const tally: Record<string, number> = {};
    for (let attempt = 0; attempt < 3; attempt++) {
      const { id, code, holderId } = await invitation();
      const dates = wrongDates(BURST);
      dates[69] = RIGHT;
      const answers = await burst(code, dates);
      for (const answer of answers) tally[answer] = (tally[answer] ?? 0) + 1;
      expect(answers.filter((a) => !DOCUMENTED.has(a)), answers.join(', ')).toEqual([]);
      const { row, wrongEvents, useEvents, sessions } = await checked(id, holderId);
      // The compared dates are the wrong ones counted plus the right one if it opened the code.
      expect(wrongEvents + useEvents).toBeLessThanOrEqual(LIMIT);
      expect(row.failedAttempts).toBe(wrongEvents);
      expect(row.checkedAttempts).toBe(wrongEvents + useEvents);
      expect(sessions).toBe(useEvents);
      const opened = answers[69] === '200 ';
      expect(answers.filter((a) => a === '200 ')).toHaveLength(opened ? 1 : 0);
      expect(useEvents).toBe(opened ? 1 : 0);
      // Either the code opened a phone, or five wrong dates locked it: nothing is left half-way.
      expect(opened || row.lockedAt !== null).toBe(true);
      // Afterwards the right date, from a new address, is told the same as any other date.
      const after = await burst(code, [RIGHT, '2011-01-01']);
      expect(after[0]).toBe(after[1]);
      expect(after[0]).toBe(opened ? '410 INVITATION_USED' : '423 INVITATION_LOCKED');
    }
    // eslint-disable-next-line no-console -- the figures of the run, not only pass or fail
    console.info(`[sign-in burst ${engine}] ${3 * BURST} tries in 3 bursts: ${JSON.stringify(tally)}`);
  });

  it('opens with the right date inside the limit, even when it arrives with four wrong ones at once, and only once', async () => {
    const { id, code, holderId } = await invitation();
    const answers = await burst(code, [...wrongDates(LIMIT - 1), RIGHT]);
    expect(answers.at(-1), answers.join(', ')).toBe('200 ');
    expect(answers.slice(0, -1).every((a) => a === '400 DATE_OF_BIRTH_MISMATCH')).toBe(true);
    const { row, sessions } = await checked(id, holderId);
    expect(row).toMatchObject({ failedAttempts: LIMIT - 1, checkedAttempts: LIMIT, uses: 1, lockedAt: null });
    expect(sessions).toBe(1);
    // Ten phones with the right date at once: one opens it.
    const second = await invitation();
    const rights = await burst(second.code, Array.from({ length: 10 }, () => RIGHT));
    expect(rights.filter((a) => a === '200 ')).toHaveLength(1);
    expect(rights.filter((a) => a !== '200 ').every((a) => a === '410 INVITATION_USED' || a === '429 TOO_MANY_REQUESTS')).toBe(true);
    expect((await checked(second.id, second.holderId)).sessions).toBe(1);
  });
});
