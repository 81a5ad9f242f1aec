import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCardNumber } from '../../api/src/cards/card-number.ts';
import { inTransaction } from '../../api/src/db/transaction.ts';
import type { Referral } from '../../api/src/generated/sqlite/client.ts';
import { queueReferralOutcome } from '../../api/src/referrals/referral-outcome-message.ts';
import { printedDate } from '../../api/src/templates/fields.ts';
import { VerifyResult } from '../../api/src/verify/schemas.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { registerHolderWithCard } from '../support/holders.ts';
import { testEngines } from '../support/test-database.ts';

type Catalogue = { [key: string]: string | Catalogue };
const english = JSON.parse(readFileSync(join(import.meta.dirname, '../../api/src/locales/en.json'), 'utf8')) as { messages: Catalogue };

/** The fixed words of English messages (what is left between the {arguments}), at least two words long, and "Hello": none may be left in a translation. */
function englishWords(...groups: (string | Catalogue)[]): string[] {
  const messages = groups.flatMap((group) => (typeof group === 'string' ? [group] : Object.values(group).flatMap((value) => englishWords(value))));
  return messages.flatMap((message) => message.split(/\{[^}]*\}/).map((part) => part.trim().replace(/^[,.:]\s*/, '')).filter((part) => part.includes(' ') || part === 'Hello'));
}

const INVITATION_ENGLISH = englishWords(english.messages.cardInvitation!, english.messages.helloName as string, english.messages.helpline as string);
const REMINDER_ENGLISH = englishWords(english.messages.renewalReminder!, english.messages.helloName as string, english.messages.helpline as string);
const REFERRAL_ENGLISH = englishWords(english.messages.referralOutcome!, english.messages.hello as string, english.messages.helpline as string);

const ARABIC_LETTERS = /[\u0600-\u06FF]/;
const dayIn = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

describe.each(testEngines())('messages and public answers in the young carer’s language on %s', (engine) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    // Two-month cards: every card is due a renewal reminder at once.
    t = await startTestApp(engine, {
      ORGANISATION_NAME: 'Young Carers Notts',
      ORGANISATION_HELPLINE: '0115 962 8920',
      CARD_VALIDITY_MONTHS: '2',
      VERIFY_RATE_LIMIT_PER_MINUTE: '40',
    });
    token = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: bearer(token) });
  const holderWithCard = (overrides: Record<string, unknown>) => registerHolderWithCard(t.app, token, overrides);
  const outboxRowOf = (id: string) => t.app.db.outboxMessage.findUniqueOrThrow({ where: { id } });

  it('writes a Welsh young carer’s card invitation in Welsh: subject, text and HTML, with a Welsh date and no English sentence left', async () => {
    const card = await holderWithCard({ language: 'cy', contactEmail: 'catrin@home.test' });
    const sent = await call('POST', `/api/cards/${card.id}/invitations`, { channel: 'email' });
    expect(sent.statusCode, sent.body).toBe(201);
    const { message, code, link, invitation } = sent.json();
    const row = await outboxRowOf(message.id);
    expect(row.subject).toBe('Catrin, eich cerdyn gan Young Carers Notts');
    expect(row.textBody).toContain(`Agorwch y ddolen hon ar eich ffôn: ${link}`);
    expect(row.textBody).toContain(`a rhowch y cod hwn: ${code}`);
    expect(row.textBody).toContain(`tan ${dayIn('cy-GB', invitation.expiresAt)}.`);
    expect(row.textBody).toContain('Ffoniwch Young Carers Notts ar 0115 962 8920.');
    expect(row.htmlBody).toMatch(/^<!doctype html><html lang="cy" dir="ltr"><body/);
    expect(row.htmlBody).toContain(`<a href="${link}">`);
    for (const words of INVITATION_ENGLISH) {
      for (const body of [row.subject, row.textBody, row.htmlBody!]) expect(body, words).not.toContain(words);
    }
    expect(message).toMatchObject({ language: 'cy', dir: 'ltr' });
  });

  it('writes an Arabic young carer’s printed slip right to left, in Arabic, the link kept left to right', async () => {
    const card = await holderWithCard({ language: 'ar' });
    const sent = await call('POST', `/api/cards/${card.id}/invitations`, { channel: 'print' });
    expect(sent.statusCode, sent.body).toBe(201);
    const { message, link } = sent.json();
    const row = await outboxRowOf(message.id);
    expect(row.channel).toBe('print');
    expect(row.htmlBody).toMatch(/^<!doctype html><html lang="ar" dir="rtl"><body/);
    expect(row.htmlBody).toContain(`<a href="${link}" dir="ltr">`);
    expect(row.subject).toMatch(ARABIC_LETTERS);
    expect(row.textBody).toContain('بطاقتك من Young Carers Notts');
    // The helpline is isolated left to right, or right-to-left text shows "8920 962 0115".
    expect(row.textBody).toContain('على الرقم \u20660115 962 8920\u2069.');
    for (const words of INVITATION_ENGLISH) expect(row.textBody, words).not.toContain(words);
    // The slip the staff page prints takes its language and direction from here.
    expect(message).toMatchObject({ language: 'ar', dir: 'rtl' });
    const viewed = await call('GET', `/api/outbox/${message.id}`);
    expect(viewed.json().message).toMatchObject({ language: 'ar', dir: 'rtl' });
  });

  it('writes a renewal reminder in Polish, and an English one exactly as it has always been', async () => {
    const polish = await holderWithCard({ language: 'pl', contactEmail: 'rodzina@home.test' });
    const englishCard = await holderWithCard({ contactEmail: 'family@home.test', preferredName: 'Cat' });
    const sent = await call('POST', '/api/renewal-reminders', { withinDays: 90, cardIds: [polish.id, englishCard.id] });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().queued).toBe(2);
    const rowFor = (cardId: string) => t.app.db.outboxMessage.findFirstOrThrow({ where: { cardId, kind: 'renewal_reminder' } });

    const pl = await rowFor(polish.id);
    const polishDay = dayIn('pl-PL', polish.expiresOn);
    expect(pl.subject).toBe(`Catrin, Twoja karta jest ważna do ${polishDay}`);
    expect(pl.textBody).toContain(`Twoja karta od Young Carers Notts jest ważna do ${polishDay}.`);
    expect(pl.htmlBody).toMatch(/^<!doctype html><html lang="pl" dir="ltr"><body/);
    for (const words of REMINDER_ENGLISH) expect(`${pl.subject} ${pl.textBody}`, words).not.toContain(words);

    const en = await rowFor(englishCard.id);
    const day = printedDate(englishCard.expiresOn);
    expect(en.subject).toBe(`Cat, your card runs out on ${day}`);
    expect(en.textBody).toBe(
      [
        'Hello Cat,',
        `Your card from Young Carers Notts runs out on ${day}.`,
        'To get a new one, get in touch with Young Carers Notts and we will renew it for you.',
        'Questions? Call Young Carers Notts on 0115 962 8920.',
      ].join('\n\n') + '\n',
    );
    expect(en.htmlBody).toBe(
      [
        '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111">',
        '<p>Hello Cat,</p>',
        `<p>Your card from Young Carers Notts runs out on ${day}.</p>`,
        '<p>To get a new one, get in touch with Young Carers Notts and we will renew it for you.</p>',
        '<p>Questions? Call Young Carers Notts on 0115 962 8920.</p>',
        '</body></html>',
      ].join('\n'),
    );
  });

  it('tells a referrer the outcome in the referral’s language, English when the referral has none', async () => {
    const sender = { organisationName: 'Young Carers Notts', helpline: '' };
    const referral = { reference: 'AB12CD34', referrerEmail: 'athro@ysgol.test', referrerRole: 'professional', contactEmail: null } as unknown as Referral;
    const queue = (language: string | undefined) =>
      inTransaction(t.app.db, (tx) => queueReferralOutcome(tx, t.app.deps, { referral: { ...referral, language } as Referral, outcome: 'declined', sender }));
    const welsh = await outboxRowOf((await queue('cy'))!);
    expect(welsh.subject).toBe('Eich atgyfeiriad RF-AB12-CD34 i Young Carers Notts');
    expect(welsh.textBody).toContain('Cysylltwch â Young Carers Notts.');
    for (const words of REFERRAL_ENGLISH) expect(welsh.textBody, words).not.toContain(words);
    const unknown = await outboxRowOf((await queue(undefined))!);
    expect(unknown.subject).toBe('Your referral RF-AB12-CD34 to Young Carers Notts');
    expect(unknown.textBody).toContain('we are not able to take it further at the moment.');
  });

  describe('the public verify answer and directory', () => {
    const verify = (payload: object, headers: Record<string, string> = {}, remoteAddress?: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/verify', payload, headers: { 'content-type': 'application/json', ...headers }, ...(remoteAddress ? { remoteAddress } : {}) });

    it('keeps its contract in Welsh and says its language; not_valid is the same bytes for every cause', async () => {
      const card = await holderWithCard({});
      const revoked = await holderWithCard({});
      expect((await call('POST', `/api/cards/${revoked.id}/revoke`, { reason: 'lost' })).statusCode).toBe(200);
      const suspended = await holderWithCard({});
      expect((await call('POST', `/api/cards/${suspended.id}/suspend`, { reason: 'under_review' })).statusCode).toBe(200);

      const plain = await verify({ token: card.token });
      const welsh = await verify({ token: card.token }, { 'accept-language': 'cy' });
      expect(welsh.statusCode).toBe(200);
      expect(welsh.headers['content-language']).toBe('cy');
      expect(plain.headers['content-language']).toBe('en');
      expect(Value.Check(VerifyResult, welsh.json())).toBe(true);
      expect(welsh.body).toBe(plain.body);

      const causes = [
        { token: revoked.token },
        { token: suspended.token },
        { token: `${card.token.slice(0, -3)}AAA` },
        { cardNumber: 'not a card number' },
        { cardNumber: generateCardNumber() },
      ];
      const bodies = new Set<string>();
      for (const request of causes) {
        const answer = await verify(request, { 'accept-language': 'cy-GB, en;q=0.5' });
        expect(answer.statusCode).toBe(200);
        expect(answer.headers['content-language']).toBe('cy');
        bodies.add(answer.body);
      }
      expect([...bodies]).toEqual([JSON.stringify({ result: 'not_valid', issuer: { name: 'Young Carers Notts', helpline: '0115 962 8920' } })]);
    });

    it('words its errors in the asked language, with q-values honoured, the codes and fields unchanged', async () => {
      const english = await verify({});
      expect(english.statusCode).toBe(400);
      expect(english.json().error.code).toBe('VALIDATION_FAILED');
      expect(english.json().error.message).toMatch(/^body /);

      const cases: [header: string, language: string, message: string][] = [
        ['cy', 'cy', 'Nid yw’r cais yn ddilys.'],
        ['en;q=0.5, cy-GB;q=0.9', 'cy', 'Nid yw’r cais yn ddilys.'],
        ['cy;q=0, pl', 'pl', 'Żądanie jest nieprawidłowe.'],
        ['de, ar;q=0.1', 'ar', 'الطلب غير صالح.'],
        ['ur-PK', 'ur', 'یہ درخواست درست نہیں ہے۔'],
        ['fr, de;q=0.8', 'en', english.json().error.message],
        ['*', 'en', english.json().error.message],
      ];
      for (const [header, language, message] of cases) {
        const answer = await verify({ token: 'x', cardNumber: 'y' }, { 'accept-language': header });
        expect(answer.statusCode, header).toBe(400);
        expect(answer.headers['content-language'], header).toBe(language);
        expect(answer.json().error.code, header).toBe('VALIDATION_FAILED');
        if (language !== 'en') expect(answer.json().error.message, header).toBe(message);
      }
      const field = await verify({ token: 'x', extra: 1 }, { 'accept-language': 'cy' });
      expect(field.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Nid yw’r cais yn ddilys.' });

      const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: '{"token":', headers: { 'content-type': 'application/json', 'accept-language': 'pl' } });
      expect(malformed.json().error).toEqual({ code: 'MALFORMED_JSON', message: 'Treść żądania nie jest prawidłowym JSON.' });

      const badKey = await verify({ cardNumber: generateCardNumber() }, { 'x-partner-key': 'ycp_nothing', 'accept-language': 'cy' });
      expect(badKey.statusCode).toBe(401);
      expect(badKey.json().error).toEqual({ code: 'INVALID_PARTNER_KEY', message: 'Nid yw’r allwedd partner hon yn ddilys. Gofynnwch i’r gwasanaeth gofalwyr ifanc am un newydd.' });

      // A staff route keeps its English whatever the header: staff read the staff app's own sentences.
      const staffOnly = await t.app.inject({ method: 'GET', url: '/api/holders', headers: { 'accept-language': 'cy' } });
      expect(staffOnly.statusCode).toBe(401);
      expect(staffOnly.json().error.message).toBe('Sign in to continue.');
      expect(staffOnly.headers['content-language']).toBeUndefined();
    });

    it('says "too many requests" in the asked language', async () => {
      let last;
      for (let i = 0; i < 41; i++) last = await verify({ cardNumber: generateCardNumber() }, { 'accept-language': 'ar' }, '203.0.113.77');
      expect(last!.statusCode).toBe(429);
      expect(last!.json().error).toEqual({ code: 'TOO_MANY_REQUESTS', message: 'طلبات كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.' });
      expect(last!.headers['content-language']).toBe('ar');
    });

    it('marks the cacheable directory and partner link answers as varying by language', async () => {
      const directory = await t.app.inject({ method: 'GET', url: '/api/v1/benefits', headers: { 'accept-language': 'ur' } });
      expect(directory.statusCode).toBe(200);
      expect(directory.headers['cache-control']).toBe('public, max-age=60');
      expect(directory.headers['content-language']).toBe('ur');
      expect(String(directory.headers.vary)).toMatch(/accept-language/i);
      const link = await t.app.inject({ method: 'GET', url: '/api/v1/partner-links/NOSUCHCODE', headers: { 'accept-language': 'ar' } });
      expect(link.statusCode).toBe(404);
      expect(link.json().error).toEqual({ code: 'NOT_FOUND', message: 'لا يوجد شريك نشط لديه هذا الرابط. اطلب رابطًا جديدًا من الجمعية الخيرية.' });
      const english = await t.app.inject({ method: 'GET', url: '/api/v1/partner-links/NOSUCHCODE' });
      expect(english.json().error.message).toBe('No active partner has this link. Ask the charity for a new one.');
      const unknownRoute = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: { 'accept-language': 'cy' } });
      expect(unknownRoute.json().error).toEqual({ code: 'ROUTE_NOT_FOUND', message: 'Nid oes pwynt terfyn o’r fath.' });
    });
  });
});
