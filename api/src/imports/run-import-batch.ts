import { randomUUID } from 'node:crypto';
import type { Holder } from '../generated/sqlite/client.ts';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { insertRows, providerOf } from '../db/insert-rows.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { cleanHolderChanges, cleanNewHolder, type HolderFields } from '../holders/holder-input.ts';
import { searchTextOf } from '../holders/holder-names.ts';
import { cleanName } from '../shared/clean-text.ts';
import type { ImportDeps } from './deps.ts';
import { matchKeys, nameKey, referenceKey } from './match-holders.ts';
import { rowBody } from './row-input.ts';
import { AppError } from '../errors.ts';
import type { CreateHolderBody } from '../holders/schemas.ts';
import type { ImportMapping, RowResult, RowValues } from './schemas.ts';

type HolderInput = Pick<CreateHolderBody, 'givenName' | 'familyName' | 'dateOfBirth' | 'reference'>;

/** Rows per transaction: big enough for speed, small enough that other requests get their turn often. */
export const IMPORT_BATCH = 500;

/** A job's first batch in a process is small, so the page shows progress within a second of "Import". */
export const FIRST_IMPORT_BATCH = 50;

/** The Setting row every import batch locks first, so batches of all imports, in every process, take turns. */
export const IMPORT_TURN = 'imports.turn';

/** The columns an imported young carer is written with (the rest keep their defaults). */
const HOLDER_COLUMNS = [
  'id', 'givenName', 'familyName', 'preferredName', 'dateOfBirth', 'contactEmail', 'contactPhone', 'consentBy', 'consentAt',
  'consentMethod', 'reference', 'notes', 'caringNote', 'searchText', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Holder)[];

type Match = { id: string; fields: HolderFields; createdHere: boolean };

/**
 * Imports the next batch of a running job's pending rows, in one
 * transaction: the young carers it creates or updates, each row's result
 * and one audit event (ids and changed field names only) commit together,
 * so a crash loses nothing and repeats nothing. Returns false when the job
 * has nothing left (it is then marked done and its copies of the rows'
 * contents are wiped, keeping only row numbers, problems and results).
 *
 * Matching reads the existing records after taking the import turn (an
 * UPDATE of one Setting row: PostgreSQL holds its lock to commit, SQLite
 * runs one transaction at a time), so two imports of the same file, even at
 * once, never both create the same young carer.
 */
export async function runImportBatch(deps: ImportDeps, importId: string, size = IMPORT_BATCH): Promise<boolean> {
  const today = deps.clock();
  return inTransaction(deps.db, async (tx) => {
    await tx.setting.update({ where: { key: IMPORT_TURN }, data: { value: JSON.stringify(importId) } });
    const job = await tx.importJob.findUnique({ where: { id: importId } });
    if (!job || job.status !== 'running') return false;
    const context = await contextOf(tx, job.createdById);
    const rows = await tx.$queryRaw<{ rowNumber: number; cells: string; input: string | null; problems: string }[]>`
      SELECT "rowNumber", "cells", "input", "problems" FROM "ImportRow"
      WHERE "jobId" = ${importId} AND "result" IS NULL AND "skipped" = ${false} AND "problems" = '[]'
      ORDER BY "rowNumber" LIMIT ${size}`;
    if (rows.length === 0) {
      await tx.importRow.updateMany({ where: { jobId: importId }, data: { cells: '[]', input: null } });
      await tx.importJob.update({ where: { id: importId }, data: { status: 'done', finishedAt: today } });
      const counts = await tx.importRow.groupBy({ by: ['result'], where: { jobId: importId }, _count: { _all: true } });
      const details = Object.fromEntries(counts.map((c) => [c.result ?? 'left_out', c._count._all]));
      await appendAuditEvent(tx, deps, context, { action: 'import.finish', entityType: 'import', entityId: importId, details });
      return false;
    }
    const mapping = JSON.parse(job.mapping ?? '{"fields":{},"defaults":{}}') as ImportMapping;
    // The dry run checked these rows with every rule (schema, cleaning, printable names), and a row fixed since was checked again: only the
    // checks that depend on the date can change, and the cleaning below repeats those (and throws).
    const inputs = rows.map((row) => {
      const { body, problems } = rowBody(JSON.parse(row.input ?? '{}') as RowValues, mapping.defaults);
      return problems.length === 0 ? (body as unknown as CreateHolderBody) : null;
    });
    const matches = await existingMatches(tx, inputs.flatMap((input) => (input ? [input] : [])));

    const creates: (HolderFields & { id: string; searchText: string })[] = [];
    const created: string[] = [];
    const updated: { id: string; changed: string[] }[] = [];
    const results: { rowNumber: number; result: RowResult | null; holderId: string | null; problems: string }[] = [];
    for (const [index, row] of rows.entries()) {
      const input = inputs[index];
      // Valid when checked, not any more (a date of birth that was "today" in another time zone, say): left for the admin.
      const noLonger = (field: string) => ({ rowNumber: row.rowNumber, result: null, holderId: null, problems: JSON.stringify([{ field, message: 'No longer passes the checks; check this row again.' }]) });
      if (!input) {
        results.push(noLonger('dateOfBirth'));
        continue;
      }
      const match = (input.reference ? matches.get(referenceKey(input.reference)) : undefined) ?? nameMatch(matches.get(nameKey(input)), input.reference);
      if (match?.createdHere) {
        results.push({ rowNumber: row.rowNumber, result: 'duplicate', holderId: match.id, problems: row.problems });
      } else if (match && job.onMatch === 'skip') {
        results.push({ rowNumber: row.rowNumber, result: 'matched_skipped', holderId: match.id, problems: row.problems });
      } else if (match) {
        const changes = cleaned(() => cleanHolderChanges(input, today));
        if (changes instanceof AppError) {
          results.push(noLonger(changes.field ?? 'dateOfBirth'));
          continue;
        }
        const changed = (Object.keys(changes) as (keyof HolderFields)[]).filter((key) => !sameValue(match.fields[key], changes[key]));
        if (changed.length > 0) {
          const data = Object.fromEntries(changed.map((key) => [key, changes[key]])) as Partial<HolderFields>;
          const next = { ...match.fields, ...data };
          await tx.holder.update({ where: { id: match.id }, data: { ...data, searchText: searchTextOf(next) } });
          match.fields = next;
          updated.push({ id: match.id, changed });
        }
        results.push({ rowNumber: row.rowNumber, result: changed.length > 0 ? 'updated' : 'unchanged', holderId: match.id, problems: row.problems });
      } else {
        const fields = cleaned(() => cleanNewHolder(input, today));
        if (fields instanceof AppError) {
          results.push(noLonger(fields.field ?? 'dateOfBirth'));
          continue;
        }
        const id = randomUUID();
        creates.push({ id, ...fields, searchText: searchTextOf(fields) });
        created.push(id);
        const here: Match = { id, fields, createdHere: true };
        if (fields.reference) matches.set(referenceKey(fields.reference), here);
        if (!matches.has(nameKey(fields))) matches.set(nameKey(fields), here);
        results.push({ rowNumber: row.rowNumber, result: 'created', holderId: id, problems: row.problems });
      }
    }
    if (creates.length > 0) await insertRows(tx, 'Holder', HOLDER_COLUMNS, creates.map((holder) => ({ ...holder, createdAt: today, updatedAt: today })));
    // The batch's rows are written back with their results: one DELETE, conditional on the rows still being pending (the count proves
    // no other run took them first), and one multi-row INSERT. (One UPDATE with a CASE per row costs SQLite 160 ms to prepare for 500 rows.)
    const numbers = rows.map((row) => row.rowNumber);
    const numbersJson = JSON.stringify(numbers);
    const taken =
      providerOf(tx) === 'sqlite'
        ? await tx.$executeRaw`DELETE FROM "ImportRow" WHERE "jobId" = ${importId} AND "rowNumber" IN (SELECT "value" FROM json_each(${numbersJson})) AND "result" IS NULL`
        : await tx.$executeRaw`DELETE FROM "ImportRow" WHERE "jobId" = ${importId} AND "rowNumber" = ANY (ARRAY(SELECT json_array_elements_text(${numbersJson}::json)::int)) AND "result" IS NULL`;
    if (taken === rows.length) {
      await insertRows(tx, 'ImportRow', ['jobId', 'rowNumber', 'cells', 'input', 'problems', 'skipped', 'result', 'holderId'], results.map((done, index) => {
        const row = rows[index]!;
        // A row done keeps no copy of its contents; one left for the admin keeps them.
        const kept = done.result === null;
        return { jobId: importId, ...done, cells: kept ? row.cells : '[]', input: kept ? row.input : null, skipped: false };
      }));
    }
    if (taken !== rows.length) throw new Error('import rows were taken by another run; this batch is rolled back');
    await appendAuditEvent(tx, deps, context, {
      action: 'import.rows',
      entityType: 'import',
      entityId: importId,
      details: { rows: rows.length, created, updated },
    });
    return true;
  });
}

/** The cleaning rules' result, or the AppError they threw (a check that depends on the date, failed since the dry run). */
function cleaned<T>(clean: () => T): T | AppError {
  try {
    return clean();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

/** The staff member who started the import is the actor of its events. */
async function contextOf(tx: Tx, staffId: string | null): Promise<AuditContext> {
  const staff = staffId ? await tx.staff.findUnique({ where: { id: staffId }, select: { id: true, email: true } }) : null;
  return { actor: staff, ip: null };
}

/** A name-and-birthday match counts unless that young carer has another reference than the row's. */
function nameMatch(match: Match | undefined, reference: string | null | undefined): Match | undefined {
  if (!match) return undefined;
  if (reference && match.fields.reference && referenceKey(match.fields.reference) !== referenceKey(reference)) return undefined;
  return match;
}

/**
 * The live (not erased) young carers these rows could be about, by match key.
 * Candidates are found by a narrow raw query, given the batch as one JSON
 * parameter: by reference, or by date of birth (indexed) whose stored search
 * text holds the row's given and family names folded the same way. Equal names
 * (compared without case) always fold alike, so this never misses a match;
 * the match keys then decide exactly. Only the candidates are read whole.
 * (Reading every young carer born on the batch's birthdays read most of the
 * register for every batch.)
 */
async function existingMatches(tx: Tx, inputs: HolderInput[]): Promise<Map<string, Match>> {
  const references = [...new Set(inputs.flatMap((input) => (input.reference ? [input.reference.trim()] : [])))];
  const byName = [...new Set(inputs.map((input) => JSON.stringify([input.dateOfBirth, folded(input.givenName), folded(input.familyName)])))];
  const names = `[${byName.join(',')}]`;
  const refs = JSON.stringify(references);
  type Candidate = { id: string; givenName: string; familyName: string; dateOfBirth: string; reference: string | null };
  const candidates =
    providerOf(tx) === 'sqlite'
      ? await tx.$queryRaw<Candidate[]>`SELECT "h"."id", "h"."givenName", "h"."familyName", "h"."dateOfBirth", "h"."reference"
           FROM json_each(${names}) AS "j" CROSS JOIN "Holder" AS "h" ON "h"."dateOfBirth" = json_extract("j"."value", '$[0]')
           AND instr("h"."searchText", json_extract("j"."value", '$[1]')) > 0 AND instr("h"."searchText", json_extract("j"."value", '$[2]')) > 0
         WHERE +"h"."erasedAt" IS NULL
         UNION SELECT "h"."id", "h"."givenName", "h"."familyName", "h"."dateOfBirth", "h"."reference"
           FROM "Holder" AS "h" WHERE +"h"."erasedAt" IS NULL AND "h"."reference" IN (SELECT "value" FROM json_each(${refs}))`
      : await tx.$queryRaw<Candidate[]>`SELECT "h"."id", "h"."givenName", "h"."familyName", "h"."dateOfBirth", "h"."reference"
           FROM json_array_elements(${names}::json) AS "j" JOIN "Holder" AS "h" ON "h"."dateOfBirth" = "j"->>0
           AND strpos("h"."searchText", "j"->>1) > 0 AND strpos("h"."searchText", "j"->>2) > 0
         WHERE "h"."dateOfBirth" = ANY (ARRAY(SELECT "e"->>0 FROM json_array_elements(${names}::json) AS "e")) AND "h"."erasedAt" IS NULL
         UNION SELECT "h"."id", "h"."givenName", "h"."familyName", "h"."dateOfBirth", "h"."reference"
           FROM "Holder" AS "h" WHERE "h"."reference" = ANY (ARRAY(SELECT json_array_elements_text(${refs}::json))) AND "h"."erasedAt" IS NULL`;
  const wanted = new Set(inputs.flatMap((input) => matchKeys(input)));
  const ids = candidates.filter((holder) => matchKeys(holder).some((key) => wanted.has(key))).map((holder) => holder.id);
  const map = new Map<string, Match>();
  if (ids.length === 0) return map;
  const holders = await tx.holder.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' } });
  for (const holder of holders) {
    const { id, photoFile: _photo, searchText: _search, createdAt: _c, updatedAt: _u, ...fields } = holder;
    const match: Match = { id, fields: fields as HolderFields, createdHere: false };
    if (holder.reference) map.set(referenceKey(holder.reference), match);
    if (!map.has(nameKey(holder))) map.set(nameKey(holder), match);
  }
  return map;
}

/** A name as it appears in a young carer's stored search text (cleaned, folded, LIKE-safe). */
const folded = (name: string) => searchTextOf({ givenName: cleanName(name), familyName: '', preferredName: null, reference: null });

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
