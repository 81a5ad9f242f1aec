import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertHolder } from '../support/holders.ts';
import { multipart } from '../support/multipart.ts';
import { decodeQrCodes, pdfPages, pdfText } from '../support/pdf-tools.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

describe.each(testEngines())('templates, branding and printable names on %s', (engine) => {
  let t: TestApp;
  let staffToken: string;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { ORGANISATION_NAME: 'Config Carers', ORGANISATION_HELPLINE: '01234 000000' });
    staffToken = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
    adminToken = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, as = staffToken) =>
    t.app.inject({ method, url, payload, headers: bearer(as) });
  const uploadLogo = (data: Buffer | string, as = adminToken) => {
    const { payload, contentType } = multipart([{ name: 'logo', filename: 'logo', contentType: 'application/octet-stream', data }]);
    return t.app.inject({ method: 'PUT', url: '/api/settings/branding/logo', payload, headers: { ...bearer(as), 'content-type': contentType } });
  };

  it('lists the templates and the field registry, and previews each with sample data', async () => {
    const list = (await call('GET', '/api/templates')).json();
    expect(list.items.map((i: { id: string }) => i.id).sort()).toEqual(['a4-sheet', 'large-print', 'standard']);
    expect(list.items.find((i: { id: string }) => i.id === 'large-print')).toMatchObject({ kind: 'card', largePrint: true });
    const fields = (await call('GET', '/api/templates/fields')).json().items.map((f: { key: string }) => f.key);
    expect(fields).toEqual(expect.arrayContaining(['name', 'cardNumber', 'expiresOn', 'photo', 'logo', 'verifyUrl', 'helpline', 'benefitsLine']));

    for (const id of ['standard', 'large-print']) {
      const response = await call('GET', `/api/templates/${id}/preview`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(pdfPages(response.rawPayload).count).toBe(2);
      expect(pdfText(response.rawPayload, 1)).toContain('Zofia');
    }
    const sheet = await call('GET', '/api/templates/a4-sheet/preview');
    expect(pdfPages(sheet.rawPayload).count).toBe(2);
    expect((await call('GET', '/api/templates/none/preview')).statusCode).toBe(404);
    expect((await call('GET', '/api/templates/..%2Fetc/preview')).statusCode).toBe(400);
  });

  it('a scanned preview QR is not a valid card', async () => {
    const preview = (await call('GET', '/api/templates/standard/preview')).rawPayload;
    const [url] = decodeQrCodes(preview, 2);
    expect(url).toMatch(/^http:\/\/cards\.test\/v#/);
    const answer = (await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: new URL(url!).hash.slice(1) } })).json();
    expect(answer.result).toBe('not_valid');
  });

  it('previews unsaved branding without saving it', async () => {
    const response = await call('POST', '/api/templates/standard/preview', { branding: { organisationName: 'Draft Carers Trust', primaryColour: '#aa0000' } });
    expect(response.statusCode).toBe(200);
    expect(pdfText(response.rawPayload, 1)).toContain('Draft Carers Trust');
    expect((await call('GET', '/api/settings/branding')).json().branding.organisationName).toBe('Config Carers');
    const bad = await call('POST', '/api/templates/standard/preview', { branding: { primaryColour: 'red' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('lets an admin change branding, which every card and the verify answer then show', async () => {
    const before = (await call('GET', '/api/settings/branding')).json().branding;
    expect(before).toMatchObject({ organisationName: 'Config Carers', helpline: '01234 000000', primaryColour: '#1d4f91', logoType: null, updatedAt: null });
    const forbidden = await call('PUT', '/api/settings/branding', { organisationName: 'Staff Rename' });
    expect(forbidden.statusCode).toBe(403);

    const saved = await call('PUT', '/api/settings/branding', {
      organisationName: '  Riverside\u202E Young Carers ',
      helpline: '0800 999 1111',
      returnAddress: '2 Mill Lane, Riverton RV1 1AA',
      primaryColour: '#0B6E4F',
      benefitsLine: 'Discounts at partner shops',
    }, adminToken);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().branding).toMatchObject({ organisationName: 'Riverside Young Carers', primaryColour: '#0b6e4f', helpline: '0800 999 1111' });

    const holder = await insertHolder(t.app);
    const { card } = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json();
    const pdf = (await call('GET', `/api/cards/${card.id}/pdf`)).rawPayload;
    expect(pdfText(pdf, 1)).toContain('Riverside Young Carers');
    expect(pdfText(pdf, 2)).toContain('2 Mill Lane, Riverton RV1 1AA');
    expect(pdfText(pdf, 2)).toContain('Discounts at partner shops');
    const answer = (await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: card.token } })).json();
    expect(answer.issuer).toEqual({ name: 'Riverside Young Carers', helpline: '0800 999 1111' });

    const empty = await call('PUT', '/api/settings/branding', { organisationName: '\u200B' }, adminToken);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('organisationName');
    const tooLong = await call('PUT', '/api/settings/branding', { helpline: '0800 999 1111 / 0115 962 8920 (24 hours)' }, adminToken);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toMatchObject({ code: 'BRANDING_NOT_PRINTABLE', field: 'helpline' });
    expect(tooLong.json().error.message).toMatch(/cut short/);
    const unprintable = await call('PUT', '/api/settings/branding', { organisationName: 'Carers 🌟' }, adminToken);
    expect(unprintable.json().error).toMatchObject({ code: 'BRANDING_NOT_PRINTABLE', field: 'organisationName' });
    expect((await call('GET', '/api/settings/branding')).json().branding.helpline).toBe('0800 999 1111');
    const unknown = await call('PUT', '/api/settings/branding', { font: 'Comic Sans' }, adminToken);
    expect(unknown.statusCode).toBe(400);
    const audit = await t.app.db.auditEvent.findFirst({ where: { action: 'branding.update' } });
    expect(audit).not.toBeNull();
  });

  it('takes a PNG or a safe SVG logo, prints it, serves it back only as PNG, and refuses anything else', async () => {
    const png = await sharp({ create: { width: 400, height: 120, channels: 4, background: { r: 10, g: 120, b: 80, alpha: 1 } } }).png().toBuffer();
    const setPng = await uploadLogo(png);
    expect(setPng.statusCode).toBe(200);
    expect(setPng.json().branding.logoType).toBe('image/png');
    const served = await call('GET', '/api/settings/branding/logo');
    expect(served.headers['content-type']).toBe('image/png');
    expect((await sharp(served.rawPayload).metadata()).format).toBe('png');
    const holder = await insertHolder(t.app);
    const { card } = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json();
    const withLogo = (await call('GET', `/api/cards/${card.id}/pdf`)).rawPayload;
    expect(withLogo.toString('latin1')).toMatch(/\/Subtype \/Image/);

    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="200" height="60" fill="url(#g)"/><text x="10" y="40">Logo</text></svg>';
    const setSvg = await uploadLogo(svg);
    expect(setSvg.statusCode, setSvg.body).toBe(200);
    expect(setSvg.json().branding.logoType).toBe('image/svg+xml');
    const servedSvg = await call('GET', '/api/settings/branding/logo');
    expect(servedSvg.headers['content-type']).toBe('image/png');
    expect(servedSvg.rawPayload.subarray(1, 4).toString()).toBe('PNG');

    // An embedded raster is measured before the SVG renderer decodes it: a small one is fine, a huge one refused.
    const embedded = (image: Buffer) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><image width="200" height="60" href="data:image/png;base64,${image.toString('base64')}"/></svg>`;
    const small = await sharp({ create: { width: 200, height: 60, channels: 3, background: '#3a6' } }).png().toBuffer();
    expect((await uploadLogo(embedded(small))).statusCode).toBe(200);
    const huge = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#000' } }).png({ compressionLevel: 9, palette: true }).toBuffer();
    expect(huge.length).toBeLessThan(200 * 1024);
    const hugeAnswer = await uploadLogo(embedded(huge));
    expect(hugeAnswer.statusCode).toBe(400);
    expect(hugeAnswer.json().error).toMatchObject({ code: 'LOGO_INVALID', field: 'logo' });
    expect(hugeAnswer.json().error.message).toMatch(/embedded images larger than 16 million pixels/);

    const refused: [Buffer | string, string][] = [
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'LOGO_INVALID'],
      ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>', 'LOGO_INVALID'],
      ['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.test/x.png" width="1" height="1"/></svg>', 'LOGO_INVALID'],
      ['<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>', 'LOGO_INVALID'],
      ['<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10" style="fill:url(http://evil.test/p)"/></svg>', 'LOGO_INVALID'],
      [await sharp({ create: { width: 40, height: 40, channels: 3, background: '#000' } }).jpeg().toBuffer(), 'LOGO_INVALID'],
      [Buffer.concat([png.subarray(0, 60)]), 'LOGO_INVALID'],
      ['just text', 'LOGO_INVALID'],
      [Buffer.alloc(600 * 1024, 1), 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [data, code] of refused) {
      const response = await uploadLogo(data);
      expect({ status: response.statusCode < 500 && response.statusCode >= 400, code: response.json().error.code }).toEqual({ status: true, code });
    }
    expect((await uploadLogo(png, staffToken)).statusCode).toBe(403);
    const notMultipart = await t.app.inject({ method: 'PUT', url: '/api/settings/branding/logo', payload: { logo: 'x' }, headers: bearer(adminToken) });
    expect(notMultipart.statusCode).toBe(415);
    // Refused uploads left the last good logo in place.
    expect((await call('GET', '/api/settings/branding')).json().branding.logoType).toBe('image/svg+xml');

    const removed = await call('DELETE', '/api/settings/branding/logo', undefined, adminToken);
    expect(removed.json().branding.logoType).toBeNull();
    expect((await call('GET', '/api/settings/branding/logo')).statusCode).toBe(404);
  });

  it('refuses at entry a name no card font can draw, and the preferred name is the way out', async () => {
    const body = (overrides: Record<string, unknown>) => ({
      givenName: 'Amelia', familyName: 'Nowak', dateOfBirth: '2012-05-17',
      consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written', ...overrides,
    });
    const symbols = await call('POST', '/api/holders', body({ givenName: 'Mia 🦄' }));
    expect(symbols.statusCode).toBe(400);
    expect(symbols.json().error).toMatchObject({ code: 'NAME_NOT_PRINTABLE', field: 'givenName' });
    expect(symbols.json().error.message).toMatch(/preferred name/);
    const emoji = await call('POST', '/api/holders', body({ preferredName: 'Zoë 🌟' }));
    expect(emoji.json().error).toMatchObject({ code: 'NAME_NOT_PRINTABLE', field: 'preferredName' });

    const created = await call('POST', '/api/holders', body({ givenName: 'Mia 🦄', familyName: '李', preferredName: 'Mohammed' }));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().holder.id;
    const cleared = await call('PATCH', `/api/holders/${id}`, { preferredName: null });
    expect(cleared.statusCode).toBe(400);
    expect(cleared.json().error).toMatchObject({ code: 'NAME_NOT_PRINTABLE', field: 'preferredName' });
    const { card } = (await call('POST', `/api/holders/${id}/cards`, {})).json();
    expect(pdfText((await call('GET', `/api/cards/${card.id}/pdf`)).rawPayload, 1)).toContain('Mohammed');

    for (const name of ['Łucja', 'Ștefan', 'Siobhán', 'Ŵyn', 'Αλέξανδρος', 'Дмитрий', 'Nguyễn', 'محمد', 'שרה', 'अनन्या', '李小龙']) {
      expect((await call('POST', '/api/holders', body({ givenName: name }))).statusCode).toBe(201);
    }
  });
});
