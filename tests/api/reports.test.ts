import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../api/src/audit/record-audit-event.ts';
import { generateCardNumber } from '../../api/src/cards/card-number.ts';
import { insertHolder } from '../support/holders.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const NOW = new Date('2026-06-15T12:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe.each(testEngines())('dashboard and reports on %s', (engine) => {
  let t: TestApp;
  let adminToken: string;
  let staffToken: string;
  let admin: { id: string };

  async function card(holderId: string, issuedAt: Date, expiresAt: Date, status = 'active', statusChangedAt: Date | null = null) {
    return t.app.db.card.create({
      data: {
        id: randomUUID(), number: generateCardNumber(), holderId, status, statusIndex: randomInt(2 ** 31 - 1), kid: 'test-kid', token: 'test.token.value',
        issuedAt, expiresAt, statusChangedAt, ...(status === 'revoked' ? { statusReason: 'lost' } : {}),
      },
    });
  }
  async function referral(fields: { createdAt: Date; decidedAt?: Date; status: string; holderId?: string; area?: string }) {
    await t.app.db.referral.create({
      data: {
        id: randomUUID(), reference: randomUUID().slice(0, 10), givenName: 'R', familyName: 'R', dateOfBirth: '2013-01-01', referrerRole: 'parent',
        referrerName: 'P', consentBy: 'parent', consentMethod: 'online', searchText: 'r r', ...fields,
      },
    });
  }

  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '100000' });
    t.clock.now = NOW;
    const a = await createStaffMember(t.app, 'admin');
    admin = a;
    adminToken = (await loginAs(t.app, a)).accessToken;
    staffToken = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;

    // 23 young carers: 12 aged 10 (8 to 11), 9 aged 13 (12 to 14), 2 aged 16 (15 to 17).
    const holders: string[] = [];
    for (let i = 0; i < 12; i++) holders.push((await insertHolder(t.app, { familyName: `Ten${i}`, dateOfBirth: '2016-01-01' })).id);
    for (let i = 0; i < 9; i++) holders.push((await insertHolder(t.app, { familyName: `Thirteen${i}`, dateOfBirth: '2013-01-01' })).id);
    for (let i = 0; i < 2; i++) holders.push((await insertHolder(t.app, { familyName: `Sixteen${i}`, dateOfBirth: '2010-01-01' })).id);

    // Areas from accepted referrals: West Bridgford 8, Mansfield 3 (typed in lower case), the other 12 not recorded.
    for (let i = 0; i < 11; i++) {
      await referral({ createdAt: at('2026-05-10T10:00:00Z'), decidedAt: at('2026-06-02T10:00:00Z'), status: 'accepted', holderId: holders[i]!, area: i < 8 ? 'West Bridgford' : ' mansfield ' });
    }
    for (let i = 0; i < 2; i++) await referral({ createdAt: at('2026-06-05T10:00:00Z'), decidedAt: at('2026-06-06T10:00:00Z'), status: 'declined' });

    // June: 7 new cards (one revoked in June), 3 renewals. One card from last June ends in June.
    for (let i = 0; i < 7; i++) {
      await card(holders[i]!, at('2026-06-03T10:00:00Z'), at('2027-06-03T10:00:00Z'), i === 0 ? 'revoked' : 'active', i === 0 ? at('2026-06-10T10:00:00Z') : null);
    }
    for (let i = 7; i < 10; i++) {
      const renewal = await card(holders[i]!, at('2026-06-04T10:00:00Z'), at('2027-06-04T10:00:00Z'));
      await recordAuditEvent(t.app.deps, { actor: null, ip: null }, { action: 'card.renew', entityType: 'card', entityId: renewal.id });
    }
    await card(holders[10]!, at('2025-06-20T10:00:00Z'), at('2026-06-20T10:00:00Z'));

    const partner = await t.app.db.partner.create({
      data: { id: randomUUID(), name: 'Corner Shop', category: 'shop', verifyCode: 'cornersh', createdAt: NOW, updatedAt: NOW },
    });
    await t.app.db.scanCount.create({ data: { partnerId: partner.id, day: '2026-06-03', valid: 25, expired: 3, notValid: 2 } });
    await t.app.db.scanCount.create({ data: { partnerId: partner.id, day: '2026-05-10', valid: 2 } });
  });
  afterAll(async () => t.close());

  const get = (url: string, token = adminToken) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

  it('counts cards, young carers, checks and referrals by month, with 1 to 4 shown as "<5"', async () => {
    const response = await get('/api/reports/dashboard?months=2');
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.months).toEqual(['2026-05', '2026-06']);
    expect(report.cards).toEqual([
      { month: '2026-05', active: '<5', issued: 0, renewed: 0, expiring: 0, ended: 0 },
      // 11 cards valid now, rounded to the nearest 10; 7 issued, 3 renewed, 1 ending on its day, 1 revoked.
      { month: '2026-06', active: 10, issued: 7, renewed: '<5', expiring: '<5', ended: '<5' },
    ]);
    expect(report.referrals).toEqual([
      { month: '2026-05', received: 11, accepted: 0, declined: 0, withdrawn: 0 },
      { month: '2026-06', received: '<5', accepted: 11, declined: '<5', withdrawn: 0 },
    ]);
    expect(report.verifyChecks).toEqual([{ partner: 'Corner Shop', months: ['<5', 30] }]);
  });

  it('hides more of an age or area breakdown until no hidden count can be worked out, and never an exact age', async () => {
    const report = (await get('/api/reports/dashboard')).json();
    expect(report.ageBands).toEqual([
      { band: 'under 8', count: 0 },
      { band: '8 to 11', count: 12 },
      { band: '12 to 14', count: 'hidden' },
      { band: '15 to 17', count: '<5' },
      { band: '18 to 20', count: 0 },
      { band: '21 to 24', count: 0 },
      { band: '25 and over', count: 0 },
    ]);
    expect(report.areas).toEqual([
      { area: 'Mansfield', count: '<5' },
      { area: 'West Bridgford', count: 'hidden' },
      { area: 'Not recorded', count: 12 },
    ]);
    expect(report.suppressionRule).toMatch(/fewer than 5/);
    // Nothing in it is a total a hidden cell could be taken from, or names anyone.
    expect(response_has_no_names(JSON.stringify(report))).toBe(true);
  });

  it('exports a CSV and a PDF a funder can read, each recorded in the audit log', async () => {
    const csv = await get('/api/reports/dashboard.csv?months=2');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="young-carer-cards-report-2026-06-15\.csv"/);
    const text = csv.body;
    expect(text).toContain('2026-06,10,7,fewer than 5,fewer than 5,fewer than 5\r\n');
    expect(text).toContain('Mansfield,fewer than 5\r\n');
    expect(text).toContain('West Bridgford,hidden\r\n');
    expect(text).toContain('15 to 17,fewer than 5\r\n');
    expect(text).toContain('Corner Shop,fewer than 5,30\r\n');
    expect(text).not.toMatch(/^"?total/im);
    expect(response_has_no_names(text)).toBe(true);

    const pdf = await get('/api/reports/dashboard.pdf?months=2');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const words = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(words).toContain('Cards by month');
    expect(words).toMatch(/Mansfield fewer than 5/);
    expect(words).toMatch(/West Bridgford hidden/);
    expect(words).toMatch(/15 to 17 fewer than 5/);
    expect(words).not.toMatch(/\bMansfield 3\b/);
    expect(response_has_no_names(words)).toBe(true);

    const events = (await get('/api/audit?group=data_requests')).json().items as { action: string; actor: { id: string }; details: Record<string, unknown> }[];
    const exports = events.filter((e) => e.action.startsWith('report.'));
    expect(exports.map((e) => e.action)).toEqual(['report.pdf', 'report.csv']);
    expect(exports.every((e) => e.actor.id === admin.id)).toBe(true);
    expect(exports[0]!.details).toEqual({ months: 2, from: '2026-05', to: '2026-06' });
  });

  it('is for admins only, and refuses a bad number of months with a 400', async () => {
    for (const url of ['/api/reports/dashboard', '/api/reports/dashboard.csv', '/api/reports/dashboard.pdf']) {
      const refused = await get(url, staffToken);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error.code).toBe('FORBIDDEN');
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    const bad = await get('/api/reports/dashboard?months=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'months' });
  });
});

/** The seeded young carers' family names and dates of birth never appear in a report. */
function response_has_no_names(text: string): boolean {
  return !/Ten\d|Thirteen\d|Sixteen\d|Kowalczyk|2016-01-01|2013-01-01|2010-01-01/.test(text);
}
