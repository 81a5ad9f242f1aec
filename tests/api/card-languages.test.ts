import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQrCodes, pdfText } from '../support/pdf-tools.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/** The fonts a PDF embeds, by base name without the subset tag (pdffonts). */
function embeddedFonts(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ycards-fonts-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdffonts', [file], { encoding: 'utf8', stdio: 'pipe' });
    return [...new Set(out.split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')))].sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WELSH = ['Rhif y cerdyn', 'Yn ddilys tan', 'Sganiwch i wirio’r cerdyn', 'Llinell gymorth', 'Os dewch o hyd iddo', 'GOFALWR IFANC'];
const ENGLISH = ['Card number', 'Valid until', 'Scan to check this card', 'Helpline', 'If found, please return to', 'YOUNG CARER'];
/** pdftotext -layout may break a label across lines or columns: compare with single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.each(testEngines())('cards in English, Welsh or both, and names in every script, on %s', (engine) => {
  let t: TestApp;
  let staff: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { ORGANISATION_NAME: 'Northshire Young Carers', ORGANISATION_HELPLINE: '0800 123 4567' });
    staff = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
    admin = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
    const saved = await t.app.inject({
      method: 'PUT', url: '/api/settings/branding', headers: bearer(admin),
      payload: { organisationNameCy: 'Gofalwyr Ifanc Gogledd Sir' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: bearer(staff) });
  /** A young carer entered through the API (so the name check runs), with a card issued and its PDF downloaded. */
  const cardFor = async (givenName: string, cardLanguage: 'en' | 'cy' | 'bilingual' = 'en') => {
    const created = await call('POST', '/api/holders', {
      givenName, familyName: 'Carer', dateOfBirth: '2012-05-17', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written', cardLanguage,
    });
    expect(created.statusCode, created.body).toBe(201);
    const issued = await call('POST', `/api/holders/${created.json().holder.id}/cards`, {});
    expect(issued.statusCode, issued.body).toBe(201);
    const card = issued.json().card;
    const response = await call('GET', `/api/cards/${card.id}/pdf`);
    expect(response.statusCode).toBe(200);
    return { card, pdf: response.rawPayload };
  };

  it('a bilingual card holds the Welsh and the English labels, and its QR still scans to the verify link', async () => {
    const { card, pdf } = await cardFor('Gwenllian', 'bilingual');
    const text = flat(pdfText(pdf));
    for (const label of [...WELSH, ...ENGLISH]) expect(text).toContain(label);
    expect(text).toContain('Gofalwyr Ifanc Gogledd Sir');
    expect(text).toContain('Northshire Young Carers');
    expect(decodeQrCodes(pdf, 2)).toEqual([card.verifyUrl]);
  });

  it('a Welsh card holds Welsh labels only; an English card is unchanged', async () => {
    const welsh = await cardFor('Gwenllian', 'cy');
    const text = flat(pdfText(welsh.pdf));
    for (const label of WELSH) expect(text).toContain(label);
    for (const label of ENGLISH) expect(text).not.toContain(label);
    expect(text).toContain('Gofalwyr Ifanc Gogledd Sir');
    expect(text).toMatch(/Yn ddilys tan \d{1,2} (Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag) \d{4}/);
    expect(decodeQrCodes(welsh.pdf, 2)).toEqual([welsh.card.verifyUrl]);

    const english = await cardFor('Gwenllian', 'en');
    const front = flat(pdfText(english.pdf, 1));
    const back = flat(pdfText(english.pdf, 2));
    expect(front).toMatch(/^ ?Northshire Young Carers YOUNG CARER Gwenllian Card number YC-[0-9A-Z-]+ Valid until \d{1,2} [A-Z][a-z]{2,3} \d{4} ?$/);
    expect(back).toContain('Scan to check this card');
    expect(back).toContain('If found, please return to Northshire Young Carers.');
    expect(back).toContain('Helpline 0800 123 4567');
    expect(back).toContain('This card is for the named Young Carer only.');
    for (const label of WELSH) expect(front + back).not.toContain(label);
    expect(embeddedFonts(english.pdf)).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
  });

  it.each([
    ['Arabic', 'مريم', 'NotoSansArabic-Bold'],
    ['Devanagari', 'अनन्या', 'NotoSansDevanagari-Bold'],
    ['Gurmukhi', 'ਹਰਪ੍ਰੀਤ', 'NotoSansGurmukhi-Bold'],
    ['Bengali', 'সুমাইয়া', 'NotoSansBengali-Bold'],
    ['Hebrew', 'נועה', 'NotoSansHebrew-Bold'],
    ['Chinese', '王芳', 'NotoSansSC-Bold'],
  ])('a name in %s (%s) is accepted and its card embeds %s for it', async (_script, name, font) => {
    const { card, pdf } = await cardFor(name);
    const fonts = embeddedFonts(pdf);
    expect(fonts).toContain(font);
    // Only the name needs the script's font: labels stay in Noto Sans.
    expect(fonts.filter((f) => !f.startsWith('NotoSans-'))).toEqual([font]);
    expect(decodeQrCodes(pdf, 2)).toEqual([card.verifyUrl]);
  });

  it('a name mixing scripts prints each part in its own font', async () => {
    const { pdf } = await cardFor('Maryam مريم 王芳', 'bilingual');
    expect(embeddedFonts(pdf)).toEqual(['NotoSans-Bold', 'NotoSans-Regular', 'NotoSansArabic-Bold', 'NotoSansSC-Bold']);
    expect(pdfText(pdf, 1)).toContain('Maryam');
  });

  it('a print sheet prints each card in its own holder’s language', async () => {
    const welsh = await cardFor('Gwenllian', 'cy');
    const english = await cardFor('Oliver', 'en');
    const response = await call('POST', '/api/print-sheets', { cardIds: [welsh.card.id, english.card.id] });
    expect(response.statusCode).toBe(200);
    const fronts = flat(pdfText(response.rawPayload, 1));
    // Two cards side by side: each name with its own card's labels.
    expect(fronts.match(/Rhif y cerdyn/g)).toHaveLength(1);
    expect(fronts.match(/Card number/g)).toHaveLength(1);
    expect(fronts.match(/Yn ddilys tan/g)).toHaveLength(1);
    expect(fronts.match(/Valid until/g)).toHaveLength(1);
    expect(decodeQrCodes(response.rawPayload, 2).sort()).toEqual([welsh.card.verifyUrl, english.card.verifyUrl].sort());
  });

  it('a name no card font can draw is still refused', async () => {
    const created = await call('POST', '/api/holders', {
      givenName: 'Mia 🦄', familyName: 'Carer', dateOfBirth: '2012-05-17', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written',
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().error).toMatchObject({ code: 'NAME_NOT_PRINTABLE', field: 'givenName' });
  });

  it('the template preview shows each card language', async () => {
    const preview = async (language: string) => flat(pdfText((await call('GET', `/api/templates/standard/preview?language=${language}`)).rawPayload));
    expect(await preview('cy')).toContain('Rhif y cerdyn');
    expect(await preview('cy')).not.toContain('Card number');
    expect(await preview('bilingual')).toContain('Rhif y cerdyn / Card number');
    expect(await preview('en')).not.toContain('Rhif y cerdyn');
    expect((await call('GET', '/api/templates/standard/preview?language=fr')).statusCode).toBe(400);
  });

  it('Welsh branding is checked on Welsh and bilingual cards, and the bilingual layout is the service’s choice', async () => {
    const put = (payload: object) => t.app.inject({ method: 'PUT', url: '/api/settings/branding', payload, headers: bearer(admin) });
    const tooLong = await put({ youngCarerWordingCy: 'Gofalwyr Ifanc Gogledd Cymru a’r Gororau' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toMatchObject({ code: 'BRANDING_NOT_PRINTABLE', field: 'youngCarerWordingCy' });
    expect(tooLong.json().error.message).toMatch(/Welsh|bilingual/);
    expect((await put({ bilingualLayout: 'sideways' })).statusCode).toBe(400);

    const sideBySide = await put({ bilingualLayout: 'side_by_side' });
    expect(sideBySide.statusCode, sideBySide.body).toBe(200);
    expect(sideBySide.json().branding).toMatchObject({ bilingualLayout: 'side_by_side', youngCarerWordingCy: 'Gofalwr Ifanc', organisationNameCy: 'Gofalwyr Ifanc Gogledd Sir' });
    const { pdf } = await cardFor('Gwenllian', 'bilingual');
    // Side by side, a value both languages end with prints once.
    expect(flat(pdfText(pdf, 2))).toContain('Llinell gymorth / Helpline 0800 123 4567');
    const welshFirst = await put({ bilingualLayout: 'welsh_first' });
    expect(welshFirst.statusCode).toBe(200);
    const stacked = flat(pdfText((await cardFor('Gwenllian', 'bilingual')).pdf, 2));
    expect(stacked).toContain('Llinell gymorth 0800 123 4567');
    expect(stacked).toContain('Helpline 0800 123 4567');
  });
});
