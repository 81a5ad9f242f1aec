import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertHolder } from '../support/holders.ts';
import { multipart } from '../support/multipart.ts';
import { decodeQrCodes, MM, pdfMetadata, pdfPages, pdfText, qpdfCheck } from '../support/pdf-tools.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const CR80 = { width: 85.6 * MM, height: 54 * MM };
const A4 = { width: 210 * MM, height: 297 * MM };

describe.each(testEngines())('card PDFs and print sheets on %s', (engine) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { ORGANISATION_NAME: 'Northshire Young Carers', ORGANISATION_HELPLINE: '0800 123 4567' });
    token = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: bearer(token) });
  const issue = async (overrides: Parameters<typeof insertHolder>[1] = {}, template?: string) => {
    const holder = await insertHolder(t.app, overrides);
    const response = await call('POST', `/api/holders/${holder.id}/cards`, template ? { template } : {});
    expect(response.statusCode).toBe(201);
    return { holder, card: response.json().card };
  };
  const verify = async (body: object) => (await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: body })).json();

  it('downloads a card: two CR80 pages whose QR a scanner reads as the verify link, and the token verifies', async () => {
    const { holder, card } = await issue({ givenName: 'Zofia', familyName: 'Wiśniewska', caringNote: 'Cares for her dad, who has epilepsy' });
    const photo = await sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 200, g: 80, b: 40 } } }).jpeg().toBuffer();
    const { payload, contentType } = multipart([{ name: 'photo', filename: 'p.jpg', contentType: 'image/jpeg', data: photo }]);
    expect((await t.app.inject({ method: 'PUT', url: `/api/holders/${holder.id}/photo`, payload, headers: { ...bearer(token), 'content-type': contentType } })).statusCode).toBe(200);

    const response = await call('GET', `/api/cards/${card.id}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toContain('no-store');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="young-carer-card-${card.number}.pdf"`);
    const pdf = response.rawPayload;
    qpdfCheck(pdf);
    const pages = pdfPages(pdf);
    expect(pages.count).toBe(2);
    for (const size of pages.sizes) {
      expect(size.width).toBeCloseTo(CR80.width, 1);
      expect(size.height).toBeCloseTo(CR80.height, 1);
    }
    expect(decodeQrCodes(pdf, 1)).toEqual([]);
    const [scanned] = decodeQrCodes(pdf, 2);
    expect(scanned).toBe(card.verifyUrl);
    expect(await verify({ token: new URL(scanned!).hash.slice(1) })).toMatchObject({ result: 'valid', givenName: 'Zofia' });

    const front = pdfText(pdf, 1);
    expect(front).toContain('Zofia');
    expect(front).toContain(card.number);
    expect(front).toContain('Northshire Young Carers');
    const everything = pdfText(pdf) + pdfMetadata(pdf);
    // The card prints one name; never the family name, the caring note or the date of birth.
    expect(everything).not.toMatch(/Wiśniewska|epilepsy|dad|2013/);
    // The document's metadata names nobody: a generic title and the organisation.
    const metadata = pdfMetadata(pdf);
    expect(metadata).toMatch(/Title:\s+Young carer card/);
    expect(metadata).not.toMatch(/Zofia|YC-/);
    expect(pdfText(pdf, 2)).toContain('0800 123 4567');

    const audit = await t.app.db.auditEvent.findFirst({ where: { action: 'card.pdf', entityId: card.id } });
    expect(audit).not.toBeNull();
  });

  it('adds an optional bleed around the card, and refuses a bleed out of range', async () => {
    const { card } = await issue();
    const pdf = (await call('GET', `/api/cards/${card.id}/pdf?bleed=3`)).rawPayload;
    const { sizes } = pdfPages(pdf);
    expect(sizes[0]!.width).toBeCloseTo(CR80.width + 6 * MM, 1);
    expect(sizes[0]!.height).toBeCloseTo(CR80.height + 6 * MM, 1);
    expect(decodeQrCodes(pdf, 2)).toEqual([card.verifyUrl]);
    const tooMuch = await call('GET', `/api/cards/${card.id}/pdf?bleed=9`);
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('prints the large-print layout chosen at issue or later, and refuses an unknown one', async () => {
    const { card } = await issue({ givenName: 'Dmitri' }, 'large-print');
    expect(card.template).toBe('large-print');
    const large = (await call('GET', `/api/cards/${card.id}/pdf`)).rawPayload;
    expect(pdfText(large, 2)).toContain('Scan to check');
    expect(pdfText(large, 2)).not.toContain('Scan to check this card');
    const changed = await call('PUT', `/api/cards/${card.id}/template`, { template: 'standard' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().card.template).toBe('standard');
    expect(pdfText((await call('GET', `/api/cards/${card.id}/pdf`)).rawPayload, 2)).toContain('Scan to check this card');
    const unknown = await call('PUT', `/api/cards/${card.id}/template`, { template: 'sparkly' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('UNKNOWN_TEMPLATE');
    const unknownAtIssue = await call('POST', `/api/holders/${(await insertHolder(t.app)).id}/cards`, { template: 'a4-sheet' });
    expect(unknownAtIssue.json().error.code).toBe('UNKNOWN_TEMPLATE');
  });

  it('refuses to print a revoked or unknown card, and needs a signed-in user', async () => {
    const { card } = await issue();
    expect((await call('POST', `/api/cards/${card.id}/revoke`, { reason: 'lost' })).statusCode).toBe(200);
    const revoked = await call('GET', `/api/cards/${card.id}/pdf`);
    expect(revoked.statusCode).toBe(409);
    expect(revoked.json().error.code).toBe('CARD_NOT_PRINTABLE');
    expect((await call('GET', '/api/cards/nope/pdf')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/cards/${card.id}/pdf` })).statusCode).toBe(401);
  });

  it('prints 25 cards on 3 A4 sheets (fronts, then mirrored backs) and every QR on the first sheet scans', async () => {
    const cards = [];
    for (let i = 0; i < 25; i++) cards.push((await issue({ givenName: `Card${i}` }, i % 3 === 0 ? 'large-print' : undefined)).card);
    const response = await call('POST', '/api/print-sheets', { cardIds: cards.map((c) => c.id) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-card-count']).toBe('25');
    expect(response.headers['x-page-count']).toBe('6');
    const pdf = response.rawPayload;
    qpdfCheck(pdf);
    const pages = pdfPages(pdf);
    expect(pages.count).toBe(6);
    for (const size of pages.sizes) {
      expect(size.width).toBeCloseTo(A4.width, 1);
      expect(size.height).toBeCloseTo(A4.height, 1);
    }
    expect(pdf.toString('latin1').match(/%%YC-PROGRESS \d+\/\d+/g)).toEqual(['%%YC-PROGRESS 10/25', '%%YC-PROGRESS 20/25', '%%YC-PROGRESS 25/25']);
    const fronts = pdfText(pdf, 1);
    for (let i = 0; i < 10; i++) expect(fronts).toContain(`Card${i}`);
    expect(fronts).not.toContain('Card10');
    const scanned = decodeQrCodes(pdf, 2);
    expect(scanned.sort()).toEqual(cards.slice(0, 10).map((c) => c.verifyUrl).sort());
    expect(decodeQrCodes(pdf, 6).sort()).toEqual(cards.slice(20).map((c) => c.verifyUrl).sort());
    const audit = await t.app.db.auditEvent.findFirst({ where: { action: 'print_sheet.create' }, orderBy: { seq: 'desc' } });
    expect(JSON.parse(String(audit?.details))).toMatchObject({ cards: 25, sheet: 'a4-sheet' });
  });

  it('prints every current card issued since a date, leaving out revoked ones', async () => {
    const since = new Date(t.clock.now.getTime() + 1000);
    t.clock.advance(2000);
    const { card: first } = await issue({ givenName: 'Since1' });
    const { card: second } = await issue({ givenName: 'Since2' });
    const { card: gone } = await issue({ givenName: 'Since3' });
    await call('POST', `/api/cards/${gone.id}/revoke`, { reason: 'lost' });
    const response = await call('POST', '/api/print-sheets', { issuedSince: since.toISOString() });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-card-count']).toBe('2');
    expect(decodeQrCodes(response.rawPayload, 2).sort()).toEqual([first.verifyUrl, second.verifyUrl].sort());
  });

  it('refuses a bad print-sheet request before any PDF byte, with a stable code', async () => {
    const { card } = await issue();
    const { card: revoked } = await issue();
    await call('POST', `/api/cards/${revoked.id}/revoke`, { reason: 'lost' });
    const cases: [object, number, string][] = [
      [{}, 400, 'VALIDATION_FAILED'],
      [{ cardIds: [card.id], issuedSince: new Date().toISOString() }, 400, 'VALIDATION_FAILED'],
      [{ cardIds: [] }, 400, 'VALIDATION_FAILED'],
      [{ cardIds: [card.id, 'no-such-card'] }, 404, 'NOT_FOUND'],
      [{ cardIds: [card.id, revoked.id] }, 409, 'CARD_NOT_PRINTABLE'],
      [{ issuedSince: new Date(Date.now() + 86_400_000 * 400).toISOString() }, 422, 'NOTHING_TO_PRINT'],
      [{ issuedSince: 'yesterday' }, 400, 'VALIDATION_FAILED'],
      [{ cardIds: [card.id], sheet: 'a3-poster' }, 400, 'UNKNOWN_TEMPLATE'],
    ];
    for (const [body, status, code] of cases) {
      const response = await call('POST', '/api/print-sheets', body);
      expect({ body, status: response.statusCode, code: response.json().error?.code }).toEqual({ body, status, code });
    }
    // Staff know cards by their printed number.
    const notPrintable = await call('POST', '/api/print-sheets', { cardIds: [card.id, revoked.id] });
    expect(notPrintable.json().error.message).toContain(revoked.number);
    expect((await t.app.inject({ method: 'POST', url: '/api/print-sheets', payload: { cardIds: [card.id] } })).statusCode).toBe(401);
  });
});
