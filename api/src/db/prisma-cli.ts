import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from '../config.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const modelPath = path.join(repoRoot, 'prisma/schema.prisma');
const derivedDir = path.join(repoRoot, 'api/src/generated');

/**
 * Runs Prisma's CLI without letting it download native engines (there is no
 * network for that here; see docs/database.md). Only `generate` and
 * `migrate diff` are used, both offline.
 */
export function runPrisma(args: string[]): string {
  const placeholder = path.join(repoRoot, 'package.json');
  return execFileSync(path.join(repoRoot, 'node_modules/.bin/prisma'), args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
      PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
}

/**
 * The model written for one engine. prisma/schema.prisma is the SQLite one;
 * the PostgreSQL one differs only in provider and client output folder.
 */
export function schemaFor(engine: DatabaseTarget['engine'], model = readFileSync(modelPath, 'utf8')): string {
  if (engine === 'sqlite') return model;
  const pg = model
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"[^"]*"/, 'output     = "./postgresql"')
    .replace(/url\s*=\s*"[^"]*"/, 'url      = "postgresql://localhost/unused"');
  if (pg === model || !pg.includes('"postgresql"')) throw new Error('Could not derive the PostgreSQL schema');
  return pg;
}

/** Writes a schema file Prisma can read; returns its path. */
export function writeSchemaFile(engine: DatabaseTarget['engine'], model?: string, name = `${engine}.prisma`): string {
  if (engine === 'sqlite' && model === undefined) return modelPath;
  mkdirSync(derivedDir, { recursive: true });
  const file = path.join(derivedDir, name);
  let text = schemaFor(engine, model);
  // Client output paths are relative to the schema file; keep the SQLite one pointing at the same place.
  if (engine === 'sqlite') text = text.replace(/output\s*=\s*"[^"]*"/, 'output     = "./sqlite"');
  writeFileSync(file, text);
  return file;
}

/** SQL that creates the whole model from nothing, for one engine. */
export function createAllSql(engine: DatabaseTarget['engine']): string {
  return runPrisma(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', writeSchemaFile(engine), '--script']);
}
