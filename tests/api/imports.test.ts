import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTextOf } from '../../api/src/holders/holder-names.ts';
import { issueCard } from '../../api/src/cards/issue-card.ts';
import { runImportBatch } from '../../api/src/imports/run-import-batch.ts';
import { runImportCardsBatch } from '../../api/src/imports/run-import-cards-batch.ts';
import { multipart } from '../support/multipart.ts';
import { REGISTER_MAPPING, registerCsv, registerMappingFor } from '../support/register-csv.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Job = { id: string; status: string; columns: string[]; mapping: { fields: Record<string, number> } | null; mappingRemembered: boolean; sameFileImportedBefore: boolean; counts: { total: number; created: number; unchanged: number; updated: number; done: number } & Record<string, number> };

describe.each(testEngines())('CSV import and export on %s', (engine) => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '100000' });
    admin = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
    staff = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, as = admin) => t.app.inject({ method, url, payload, headers: bearer(as) });
  const upload = (csv: string | Buffer, as = admin) => {
    const { payload, contentType } = multipart([{ name: 'file', filename: 'register.csv', contentType: 'text/csv', data: csv }]);
    return t.app.inject({ method: 'POST', url: '/api/imports', payload, headers: { ...bearer(as), 'content-type': contentType } });
  };
  async function uploaded(csv: string): Promise<Job> {
    const response = await upload(csv);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().job as Job;
  }
  async function mapped(id: string, body: object = REGISTER_MAPPING): Promise<Job> {
    const response = await call('PUT', `/api/imports/${id}/mapping`, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().job as Job;
  }
  async function untilDone(id: string): Promise<Job> {
    for (;;) {
      const job = (await call('GET', `/api/imports/${id}`)).json().job as Job;
      if (job.status === 'done') return job;
      await t.app.deps.jobs.imports.runNow();
    }
  }
  async function imported(csv: string, body: object = REGISTER_MAPPING): Promise<Job> {
    const job = await uploaded(csv);
    await mapped(job.id, body);
    const run = await call('POST', `/api/imports/${job.id}/run`);
    expect(run.statusCode, run.body).toBe(202);
    return untilDone(job.id);
  }
  const holdersWith = (familyName: string) => t.app.db.holder.findMany({ where: { familyName }, orderBy: { reference: 'asc' } });

  it('reads Excel files (BOM, semicolons, quoted newlines, UK dates), guesses the mapping, and imports', async () => {
    const job = await uploaded(registerCsv({ rows: 5, prefix: 'Semi', delimiter: ';', bom: true }));
    expect(job.columns).toEqual(['Ref', 'First name', 'Surname', 'DOB', 'Email', 'Notes']);
    expect(job.mapping?.fields).toEqual({ reference: 0, givenName: 1, familyName: 2, dateOfBirth: 3, contactEmail: 4, notes: 5 });
    expect(job.counts.total).toBe(5);
    const done = await imported(registerCsv({ rows: 5, prefix: 'Semi', delimiter: ';', bom: true }));
    expect(done.counts).toMatchObject({ total: 5, created: 5, done: 5, problems: 0 });
    const holders = await holdersWith('SemiFamily');
    expect(holders.map((h) => [h.reference, h.givenName, h.dateOfBirth])).toEqual([
      ['Semi-0', 'Given0', '2010-01-01'], ['Semi-1', 'Given1', '2011-02-02'], ['Semi-2', 'Given2', '2012-03-03'], ['Semi-3', 'Given3', '2013-04-04'], ['Semi-4', 'Given4', '2014-05-05'],
    ]);
    expect(holders[0]!.notes).toBe('Row 0; line one\nline two');
    expect(holders[0]!.consentAt.toISOString()).toBe('2026-09-01T00:00:00.000Z');
    // The rows' contents are not kept once the import is done: only numbers, problems and results.
    const rows = await t.app.db.importRow.findMany({ where: { jobId: done.id } });
    expect(rows.every((row) => row.cells === '[]' && row.input === null)).toBe(true);
  });

  it('remembers the mapping by heading for the next upload, even with the columns moved', async () => {
    await imported(registerCsv({ rows: 1, prefix: 'Remember' }), {
      ...REGISTER_MAPPING,
      mapping: { ...REGISTER_MAPPING.mapping, fields: { ...REGISTER_MAPPING.mapping.fields, notes: undefined, preferredName: 5 } },
    });
    const moved = 'Notes,Surname,First name,DOB,Ref,Email\r\nx,Moved,Ann,01/01/2012,M-1,a@example.org\r\n';
    const job = await uploaded(moved);
    expect(job.mappingRemembered).toBe(true);
    expect(job.mapping?.fields).toEqual({ reference: 4, givenName: 2, familyName: 1, dateOfBirth: 3, contactEmail: 5, preferredName: 0 });
    expect(job.mapping).toMatchObject({ defaults: REGISTER_MAPPING.mapping.defaults });
  });

  it('the same file twice gives the same young carers: updated or skipped as chosen, never duplicated', async () => {
    const csv = registerCsv({ rows: 30, prefix: 'Twice' });
    const first = await imported(csv);
    expect(first.counts).toMatchObject({ created: 30, updated: 0 });
    const before = await holdersWith('TwiceFamily');
    const again = await imported(csv);
    expect(again.sameFileImportedBefore).toBe(true);
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 30 });
    expect(await holdersWith('TwiceFamily')).toEqual(before);

    // A changed email updates the one record; "skip" leaves records as they are.
    const changed = csv.replace('family3@example.org', 'new3@example.org').replace('family4@example.org', 'new4@example.org');
    const skipping = await imported(changed, { ...REGISTER_MAPPING, onMatch: 'skip' });
    expect(skipping.counts).toMatchObject({ created: 0, matchedSkipped: 30 });
    expect((await holdersWith('TwiceFamily')).map((h) => h.contactEmail)).toEqual(before.map((h) => h.contactEmail));
    const updating = await imported(changed);
    expect(updating.counts).toMatchObject({ created: 0, updated: 2, unchanged: 28 });
    const after = await holdersWith('TwiceFamily');
    expect(after.map((h) => h.id)).toEqual(before.map((h) => h.id));
    expect(after.filter((h) => h.contactEmail?.startsWith('new')).map((h) => h.reference).sort()).toEqual(['Twice-3', 'Twice-4']);

    // Without references, a young carer is found by name and date of birth, in any case (and updated to the file's spelling).
    const noRefs = 'First name,Surname,DOB\r\nGIVEN5,TwiceFamily,06/06/2015\r\nBrand,NewPerson,06/06/2015\r\n';
    const byName = await imported(noRefs, { mapping: { fields: { givenName: 0, familyName: 1, dateOfBirth: 2 }, defaults: REGISTER_MAPPING.mapping.defaults }, onMatch: 'update' });
    expect(byName.counts, JSON.stringify(byName.counts)).toMatchObject({ created: 1, updated: 1 });
    expect((await holdersWith('TwiceFamily')).map((h) => h.givenName)).toContain('GIVEN5');
    expect(await t.app.db.holder.count({ where: { dateOfBirth: '2015-06-06', familyName: { in: ['TwiceFamily', 'NewPerson'] } } })).toBe(2);

    // The audit events name counts and ids, never what the rows hold.
    const events = await t.app.db.auditEvent.findMany({ where: { action: { startsWith: 'import.' } } });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.details).not.toMatch(/Given|Twice|example\.org|line one/);
  });

  it('finds a young carer by name whatever the case, accents, spacing or LIKE characters of the file, among many born the same day', async () => {
    const born = '2014-03-09';
    const data = (givenName: string, familyName: string) => ({ id: randomUUID(), givenName, familyName, preferredName: null, dateOfBirth: born, consentBy: 'parent', consentAt: new Date(), consentMethod: 'written' });
    const made = [data('Zoë', 'Wiśniewska'), data('Ann_Marie', '100%Smith'), data('Łucja', 'Øster'), data('Anna', 'Wiśniewska')];
    for (const holder of made) await t.app.db.holder.create({ data: { ...holder, searchText: searchTextOf({ ...holder, reference: null }) } });
    // Others born the same day, who are none of the rows (the candidates a batch reads by birthday).
    const others = Array.from({ length: 40 }, (_, i) => data(`Other${i}`, 'Wiśniewska'));
    for (const holder of others) await t.app.db.holder.create({ data: { ...holder, searchText: searchTextOf({ ...holder, reference: null }) } });
    const csv = 'First name,Surname,DOB\r\nZOË,WIŚNIEWSKA,09/03/2014\r\n ann_marie , 100%smith ,9/3/2014\r\nłucja,øster,2014-03-09\r\nZoe,Wisniewska,09/03/2014\r\nAnn%Marie,100_Smith,09/03/2014\r\n';
    const done = await imported(csv, { mapping: { fields: { givenName: 0, familyName: 1, dateOfBirth: 2 }, defaults: REGISTER_MAPPING.mapping.defaults }, onMatch: 'skip' });
    // Rows 1-3 are the same young carers in another case (found); rows 4-5 differ in letters (an accent dropped, LIKE's wildcards swapped): new young carers.
    expect(done.counts, JSON.stringify(done.counts)).toMatchObject({ matchedSkipped: 3, created: 2, duplicate: 0 });
    const rows = await t.app.db.importRow.findMany({ where: { jobId: done.id }, orderBy: { rowNumber: 'asc' } });
    expect(rows.slice(0, 3).map((row) => row.holderId)).toEqual(made.slice(0, 3).map((holder) => holder.id));
    expect(rows.slice(3).every((row) => row.result === 'created' && !made.some((holder) => holder.id === row.holderId))).toBe(true);
  });

  it('the same file imported twice at once (parallel runs) still makes each young carer once', async () => {
    const csv = registerCsv({ rows: 600, prefix: 'Parallel' });
    const jobs = await Promise.all([uploaded(csv), uploaded(csv), uploaded(csv)]);
    await Promise.all(jobs.map((job) => mapped(job.id)));
    const runs = await Promise.all(jobs.map((job) => call('POST', `/api/imports/${job.id}/run`)));
    expect(runs.map((r) => r.statusCode)).toEqual([202, 202, 202]);
    // Each job's batches run at the same time as the others', as several processes would run them.
    await Promise.all(jobs.map(async (job) => {
      while (await runImportBatch(t.app.deps, job.id));
    }));
    const done = await Promise.all(jobs.map((job) => untilDone(job.id)));
    expect(done.reduce((sum, job) => sum + job.counts.created, 0)).toBe(600);
    expect(done.reduce((sum, job) => sum + job.counts.unchanged, 0)).toBe(1200);
    const holders = await holdersWith('ParallelFamily');
    expect(holders).toHaveLength(600);
    expect(new Set(holders.map((h) => h.reference)).size).toBe(600);
    // A second "run" of the same import is refused.
    expect((await call('POST', `/api/imports/${jobs[0]!.id}/run`)).json().error.code).toBe('IMPORT_STATE_CONFLICT');
  });

  it('1,000 bad rows: each gets its reason in words, none is half-imported, the good rows are imported', async () => {
    const lines = ['Ref,First name,Surname,DOB,Email'];
    const kinds = [
      (n: number) => `Bad-${n},Given${n},BadFamily,31/02/2012,ok${n}@example.org`,
      (n: number) => `Bad-${n},,BadFamily,01/02/2012,ok${n}@example.org`,
      (n: number) => `Bad-${n},Given${n},BadFamily,01/02/2012,not-an-email-${n}`,
      (n: number) => `Bad-${n},Given${n},BadFamily,01/02/1985,ok${n}@example.org`,
      (n: number) => `Bad-${n},Given${n},BadFamily,someday,ok${n}@example.org`,
    ];
    for (let n = 0; n < 1000; n++) lines.push(kinds[n % kinds.length]!(n));
    for (let n = 1000; n < 1010; n++) lines.push(`Bad-${n},Given${n},BadFamily,01/02/2012,ok${n}@example.org`);
    // The same young carer as an earlier row is a problem too.
    lines.push('Bad-1000,Given1000,BadFamily,01/02/2012,ok1000@example.org');
    const job = await uploaded(`${lines.join('\n')}\n`);
    const preview = await mapped(job.id, registerMappingFor(5));
    expect(preview.counts).toMatchObject({ total: 1011, problems: 1001, ready: 10 });
    const page = (await call('GET', `/api/imports/${job.id}/rows?show=problems&pageSize=5`)).json();
    expect(page.total).toBe(1001);
    expect(page.items.map((row: { problems: { message: string }[] }) => row.problems.map((p) => p.message))).toEqual([
      ['Date of birth is not a date we can read: write it as 17/05/2012 or 2012-05-17.'],
      ['Given name is missing.'],
      ['Contact email is not an email address.'],
      ['Date of birth: is before 1990; check the year.'],
      ['Date of birth is not a date we can read: write it as 17/05/2012 or 2012-05-17.'],
    ]);
    await call('POST', `/api/imports/${job.id}/run`);
    const done = await untilDone(job.id);
    expect(done.counts).toMatchObject({ created: 10, problems: 1001 });
    expect(await t.app.db.holder.count({ where: { familyName: 'BadFamily' } })).toBe(10);
    const report = await call('GET', `/api/imports/${job.id}/report.csv`);
    expect(report.headers['content-type']).toMatch(/^text\/csv/);
    const reportLines = report.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(reportLines).toHaveLength(1002);
    expect(reportLines[1]).toBe('1,not imported,Date of birth is not a date we can read: write it as 17/05/2012 or 2012-05-17.');
    expect(reportLines.at(-1)).toBe('1011,not imported,The same young carer as row 1001 (same reference).');
    // No value from the file is in the report or in any log line.
    expect(report.body).not.toMatch(/Given\d|not-an-email|example\.org/);
    expect(t.logs.join('')).not.toMatch(/Given\d|BadFamily|not-an-email/);
  });

  it('rows can be fixed or left out before the run', async () => {
    const job = await uploaded('Ref,First name,Surname,DOB\r\nFix-1,Ann,FixFamily,2012-13-01\r\nFix-2,Bob,FixFamily,2012-01-01\r\nFix-3,Cy,FixFamily,2012-01-02\r\n');
    await mapped(job.id, registerMappingFor(4));
    const fixed = await call('PATCH', `/api/imports/${job.id}/rows/1`, { values: { reference: 'Fix-1', givenName: 'Ann', familyName: 'FixFamily', dateOfBirth: '01/12/2012' } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ rowNumber: 1, problems: [] });
    const stillBad = await call('PATCH', `/api/imports/${job.id}/rows/2`, { values: { givenName: 'Bob', familyName: 'FixFamily', dateOfBirth: '2099-01-01' } });
    expect(stillBad.json().problems).toEqual([{ field: 'dateOfBirth', message: 'Date of birth: is in the future.' }]);
    expect((await call('PATCH', `/api/imports/${job.id}/rows/3`, { skipped: true })).json()).toMatchObject({ skipped: true });
    expect((await call('PATCH', `/api/imports/${job.id}/rows/9`, { skipped: true })).statusCode).toBe(404);
    await call('POST', `/api/imports/${job.id}/run`);
    const done = await untilDone(job.id);
    expect(done.counts).toMatchObject({ created: 1, skipped: 1, problems: 1 });
    expect((await holdersWith('FixFamily')).map((h) => h.dateOfBirth)).toEqual(['2012-12-01']);
    expect((await call('PATCH', `/api/imports/${job.id}/rows/3`, { skipped: false })).json().error.code).toBe('IMPORT_STATE_CONFLICT');
  });

  type CardsJob = Job & { cards: { status: string; total: number; done: number; issued: number; alreadyHadCard: number; refused: number } };
  async function untilCardsDone(id: string): Promise<CardsJob> {
    for (;;) {
      const job = (await call('GET', `/api/imports/${id}`)).json().job as CardsJob;
      if (job.cards.status === 'done') return job;
      await t.app.deps.jobs.imports.runNow();
    }
  }

  it('issues a card to everyone imported as a stored batch job: check first, started once, progress, then one print sheet', async () => {
    // Row 13 is too old for a card; row 14's young carer is given a card by hand before the batch.
    const csv = `${registerCsv({ rows: 12, prefix: 'Cards' })}Cards-old,Old,CardsFamily,01/01/2000,old@example.org,\r\nCards-had,Had,CardsFamily,01/01/2014,had@example.org,\r\n`;
    const done = await imported(csv);
    expect(done).toMatchObject({ cards: { status: 'not_started', total: 14, done: 0, issued: 0 } });
    const had = (await holdersWith('CardsFamily')).find((holder) => holder.reference === 'Cards-had')!;
    await issueCard(t.app.deps, { context: { actor: null, ip: null }, holderId: had.id });

    const plan = await call('GET', `/api/imports/${done.id}/cards/plan`);
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json()).toMatchObject({ toIssue: 12, alreadyHaveCard: 1, tooOld: 1, erased: 0, sameYoungCarer: 0, validityMonths: expect.any(Number), maxAge: expect.any(Number) });
    expect((await call('GET', `/api/imports/${done.id}/cards/plan`, undefined, staff)).statusCode).toBe(403);

    // Two admins press "Issue" at the same moment: one job, one start event.
    const starts = await Promise.all([call('POST', `/api/imports/${done.id}/cards`), call('POST', `/api/imports/${done.id}/cards`), call('POST', `/api/imports/${done.id}/cards`)]);
    expect(starts.map((r) => r.statusCode)).toEqual([202, 202, 202]);
    expect(await t.app.db.auditEvent.count({ where: { action: 'import.cards.start', entityId: done.id } })).toBe(1);
    // Two runs of the same batch at once (as two processes would): each young carer still gets exactly one card.
    await Promise.all([runImportCardsBatch(t.app.deps, done.id, 5), runImportCardsBatch(t.app.deps, done.id, 5)]);
    const partway = (await call('GET', `/api/imports/${done.id}`)).json().job as CardsJob;
    expect(partway.cards.status).toBe('running');
    expect(partway.cards.done).toBeGreaterThanOrEqual(5);
    expect(partway.cards.done).toBeLessThan(14);
    const finished = await untilCardsDone(done.id);
    expect(finished.cards).toMatchObject({ status: 'done', total: 14, done: 14, issued: 12, alreadyHadCard: 1, refused: 1 });

    const result = (await call('GET', `/api/imports/${done.id}/cards`)).json();
    expect(result).toMatchObject({ issued: 12, alreadyHadCard: 1, refused: [{ rowNumber: 13, message: expect.stringMatching(/too old for a new card/) }] });
    expect(result.cardIds).toHaveLength(12);
    expect(await t.app.db.card.count({ where: { holder: { familyName: 'CardsFamily' } } })).toBe(13);
    const perHolder = await t.app.db.card.groupBy({ by: ['holderId'], where: { holder: { familyName: 'CardsFamily' } }, _count: { _all: true } });
    expect(perHolder.every((group) => group._count._all === 1)).toBe(true);
    // Every card's own audit event, and one finish event with the counts.
    expect(await t.app.db.auditEvent.count({ where: { action: 'card.issue', entityId: { in: result.cardIds } } })).toBe(12);
    const finish = await t.app.db.auditEvent.findMany({ where: { action: 'import.cards.finish', entityId: done.id } });
    expect(finish.map((event) => JSON.parse(event.details))).toEqual([{ issued: 12, had_card: 1, refused: 1 }]);

    // Starting again changes nothing: the same cards come back.
    expect((await call('POST', `/api/imports/${done.id}/cards`)).statusCode).toBe(202);
    await t.app.deps.jobs.imports.runNow();
    expect((await call('GET', `/api/imports/${done.id}/cards`)).json().cardIds).toEqual(result.cardIds);
    expect(await t.app.db.card.count({ where: { holder: { familyName: 'CardsFamily' } } })).toBe(13);

    const sheet = await call('POST', '/api/print-sheets', { cardIds: result.cardIds });
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['x-card-count']).toBe('12');
  });

  it('refuses to plan or start cards before the import has finished', async () => {
    const job = await uploaded(registerCsv({ rows: 2, prefix: 'Early' }));
    expect((await call('GET', `/api/imports/${job.id}/cards/plan`)).json().error.code).toBe('IMPORT_STATE_CONFLICT');
    const start = await call('POST', `/api/imports/${job.id}/cards`);
    expect(start.statusCode).toBe(409);
    expect(start.json().error.code).toBe('IMPORT_STATE_CONFLICT');
    expect((await call('POST', '/api/imports/no-such-import/cards')).statusCode).toBe(404);
  });

  it('refuses files that are too large, empty or not CSV with a clear 4xx', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 'a');
    const tooLarge = await upload(big);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('IMPORT_FILE_TOO_LARGE');
    for (const body of ['', 'Only,Headings\r\n', 'a,"unterminated\r\n1,2\r\n']) {
      const response = await upload(body);
      expect(response.statusCode, body).toBe(400);
      expect(response.json().error.code).toBe('IMPORT_FILE_INVALID');
    }
    const json = await t.app.inject({ method: 'POST', url: '/api/imports', payload: { file: 'x' }, headers: bearer(admin) });
    expect(json.statusCode).toBe(415);
    expect((await upload('a,b\r\n1,2\r\n', staff)).statusCode).toBe(403);
  });

  it('exports holders and cards as CSV for admins only, audited with a count and nothing else', async () => {
    await imported(registerCsv({ rows: 3, prefix: 'Export' }));
    expect((await call('GET', '/api/exports/holders.csv', undefined, staff)).statusCode).toBe(403);
    expect((await call('GET', '/api/exports/cards.csv', undefined, staff)).statusCode).toBe(403);
    const holders = await call('GET', '/api/exports/holders.csv');
    expect(holders.statusCode).toBe(200);
    expect(holders.headers['cache-control']).toBe('private, no-store');
    expect(holders.headers['content-disposition']).toMatch(/^attachment; filename="holders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = holders.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Record id,Reference,Given name,Family name,Preferred name,Date of birth,Contact email,Contact phone,Consent given by,Consent date,Consent method,Notes,Registered on');
    expect(lines.some((line) => line.includes(',Export-1,Given1,ExportFamily,,2011-02-02,family1@example.org,,parent,2026-09-01,written,"Row 1, line one\nline two"'))).toBe(true);
    expect(holders.body).not.toContain('multiple sclerosis');
    const cards = await call('GET', '/api/exports/cards.csv');
    expect(cards.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Card number,Status,Issued on,Valid until,Template,Record id,Reference,Name on card');
    const events = await t.app.db.auditEvent.findMany({ where: { action: { in: ['export.holders', 'export.cards'] } } });
    expect(events.map((e) => e.action).sort()).toEqual(['export.cards', 'export.holders']);
    const holderEvent = events.find((e) => e.action === 'export.holders')!;
    expect(JSON.parse(holderEvent.details)).toEqual({ rows: await t.app.db.holder.count({ where: { erasedAt: null } }) });
  });
  it('an upload nobody runs is deleted with its rows by the retention job a week later; a run one is kept', async () => {
    const abandoned = await uploaded(registerCsv({ rows: 3, prefix: 'ABANDONED' }));
    const kept = await imported(registerCsv({ rows: 2, prefix: 'KEPT' }));
    expect(await t.app.deps.db.importRow.count({ where: { jobId: abandoned.id } })).toBe(3);
    t.clock.advance(6 * 86_400_000);
    await t.app.deps.jobs.retention.runNow();
    expect(await t.app.deps.db.importJob.count({ where: { id: abandoned.id } })).toBe(1);
    t.clock.advance(2 * 86_400_000);
    await t.app.deps.jobs.retention.runNow();
    expect(await t.app.deps.db.importJob.count({ where: { id: abandoned.id } })).toBe(0);
    expect(await t.app.deps.db.importRow.count({ where: { jobId: abandoned.id } })).toBe(0);
    expect(await t.app.deps.db.importJob.count({ where: { id: kept.id } })).toBe(1);
    const events = await t.app.deps.db.auditEvent.findMany({ where: { action: 'import.erase', entityId: abandoned.id } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.details)).toEqual({ trigger: 'retention', rows: 3 });
  });
});

