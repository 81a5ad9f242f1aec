import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_GROUPS } from '../../api/src/shared/audit-actions.ts';

const SOURCE = join(import.meta.dirname, '../../api/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every `action: ...` the server code writes: the quoted codes in the expression after it (ternaries included). */
function emittedActions(): { codes: Set<string>; computed: string[] } {
  const codes = new Set<string>();
  const computed: string[] = [];
  for (const file of sourceFiles(SOURCE)) {
    if (file.endsWith('shared/audit-actions.ts')) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\baction: ([^\n]*)/g)) {
      const expression = match[1]!;
      if (expression.startsWith('`')) computed.push(`${file}: ${expression}`);
      for (const literal of expression.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) codes.add(literal[1]!);
    }
  }
  return { codes, computed };
}

describe('audit action descriptions', () => {
  const { codes, computed } = emittedActions();

  it('finds the actions the code records (the scan itself works)', () => {
    expect(codes.size).toBeGreaterThan(60);
    expect(codes).toContain('card.pdf');
    expect(codes).toContain('referral.decline');
  });

  it('every recorded action has a description', () => {
    const missing = [...codes].filter((code) => !(code in AUDIT_ACTIONS));
    expect(missing).toEqual([]);
  });

  it('no action code is built at run time, where this check could not see it', () => {
    expect(computed).toEqual([]);
  });

  it('describes no action that nothing records', () => {
    const unused = Object.keys(AUDIT_ACTIONS).filter((code) => !codes.has(code));
    expect(unused).toEqual([]);
  });

  it('each description names a known group, and its sentence says who did it', () => {
    for (const [code, description] of Object.entries(AUDIT_ACTIONS)) {
      expect(Object.keys(AUDIT_GROUPS), code).toContain(description.group);
      expect(description.sentence, code).toContain('{actor}');
      expect(description.sentence, code).not.toMatch(/\{(?!actor\}|subject\})/);
    }
  });
});
