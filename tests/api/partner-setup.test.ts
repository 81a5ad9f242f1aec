import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQrCodes, pdfPages, pdfText, qpdfCheck } from '../support/pdf-tools.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

describe.each(testEngines())('setting up a shop on %s: setup sheet and emailed link', (engine) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let noMail: TestApp;
  let admin: string;
  let staff: string;
  let counter = 0;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    const env = { ORGANISATION_NAME: 'Riverside Carers', ORGANISATION_HELPLINE: '0800 111 2222', OUTBOX_POLL_MS: '600000' };
    t = await startTestApp(engine, { ...env, SMTP_URL: smtp.url });
    noMail = await startTestApp(engine, env);
    admin = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
    staff = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => {
    await t?.close();
    await noMail?.close();
    await smtp?.close();
  });

  const partner = async (app: TestApp, token: string, overrides: object = {}) => {
    const response = await app.app.inject({ method: 'POST', url: '/api/partners', headers: bearer(token), payload: { name: `Corner Shop ${++counter} ${engine}`, category: 'shop', contactEmail: 'owner@shop.test', ...overrides } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().partner as { id: string; name: string; verifyLink: string };
  };

  it('prints a one-page A4 sheet with the shop name, the charity and its helpline, and a QR code a phone reads as the partner link; audited', async () => {
    const shop = await partner(t, admin);
    const response = await t.app.inject({ method: 'GET', url: `/api/partners/${shop.id}/setup-sheet`, headers: bearer(staff) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="setup-sheet-corner-shop-\d+-/);
    const pdf = response.rawPayload;
    qpdfCheck(pdf);
    const pages = pdfPages(pdf);
    expect(pages.count).toBe(1);
    expect(pages.sizes[0]!.width).toBeCloseTo(595.28, 0);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(shop.name);
    expect(text).toContain('Riverside Carers');
    expect(text).toContain('0800 111 2222');
    expect(text).toContain('VALID');
    expect(text).toContain('NOT VALID');
    expect(text).toContain(`Set up for ${shop.name}`);
    expect(decodeQrCodes(pdf, 1)).toEqual([shop.verifyLink]);
    const events = await t.app.db.auditEvent.findMany({ where: { action: 'partner.setup_sheet', entityId: shop.id } });
    expect(events).toHaveLength(1);

    const missing = await t.app.inject({ method: 'GET', url: '/api/partners/nope/setup-sheet', headers: bearer(staff) });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: `/api/partners/${shop.id}/setup-sheet` })).statusCode).toBe(401);
  });

  it('emails the partner link to the contact address through the outbox, in one transaction with its audit event', async () => {
    const shop = await partner(t, admin);
    const sent = await t.app.inject({ method: 'POST', url: `/api/partners/${shop.id}/send-link`, headers: bearer(staff) });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json().to).toBe('owner@shop.test');
    const row = await t.app.db.outboxMessage.findUniqueOrThrow({ where: { id: sent.json().messageId } });
    expect(row).toMatchObject({ kind: 'partner_link', channel: 'email', status: 'queued', toAddress: 'owner@shop.test', holderId: null });
    expect(await t.app.db.auditEvent.count({ where: { action: 'partner.send_link', entityId: shop.id } })).toBe(1);
    const before = smtp.received.length;
    await t.app.deps.jobs.outbox.runNow();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.subject).toBe(`Setting up ${shop.name} to check young carer cards`);
    expect(mail!.text).toContain(shop.verifyLink);
    expect(mail!.text).toContain('0800 111 2222');
  });

  it('refuses to email a partner with no contact address, and refuses when email is not set up, with stable codes', async () => {
    const noAddress = await partner(t, admin, { contactEmail: '' });
    const refused = await t.app.inject({ method: 'POST', url: `/api/partners/${noAddress.id}/send-link`, headers: bearer(staff) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'NO_CONTACT_EMAIL', field: 'contactEmail' });

    const otherAdmin = (await loginAs(noMail.app, await createStaffMember(noMail.app, 'admin'))).accessToken;
    const shop = await partner(noMail, otherAdmin);
    const unsent = await noMail.app.inject({ method: 'POST', url: `/api/partners/${shop.id}/send-link`, headers: bearer(otherAdmin) });
    expect(unsent.statusCode).toBe(409);
    expect(unsent.json().error.code).toBe('EMAIL_NOT_CONFIGURED');
    expect(await noMail.app.db.outboxMessage.count()).toBe(0);
    expect(await noMail.app.db.auditEvent.count({ where: { action: 'partner.send_link' } })).toBe(0);
  });

  it("names the shop a partner link is for, publicly and without a sign-in, and only for an active partner", async () => {
    const shop = await partner(t, admin);
    const code = new URL(shop.verifyLink).searchParams.get('p')!;
    const named = await t.app.inject({ method: 'GET', url: `/api/v1/partner-links/${code}` });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json()).toEqual({ code, name: shop.name });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/partner-links/nosuchcode' })).json().error.code).toBe('NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/partner-links/bad%20code' })).statusCode).toBe(400);
    await t.app.inject({ method: 'PATCH', url: `/api/partners/${shop.id}`, headers: bearer(admin), payload: { active: false } });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/partner-links/${code}` })).statusCode).toBe(404);
  });

  it("gives the public pages the charity's name and helpline, and nothing else of the branding", async () => {
    const answer = await t.app.inject({ method: 'GET', url: '/api/v1/organisation' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ name: 'Riverside Carers', helpline: '0800 111 2222' });
  });
});
