import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_GROUPS } from '../../api/src/shared/audit-actions.ts';
import { AUDIT_NAMES } from '../../api/src/shared/audit-names.ts';

const SOURCE = join(import.meta.dirname, '../../api/src');
const STAFF_LOCALES = join(import.meta.dirname, '../../web/src/locales');

type Catalogue = { [key: string]: string | Catalogue };

/** The staff app's catalogues by language code (en.json, cy.json...). */
function staffCatalogues(): [string, Catalogue][] {
  return readdirSync(STAFF_LOCALES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(STAFF_LOCALES, name), 'utf8')) as Catalogue]);
}

/** A message by its dotted key (`audit.actions.card.pdf.label`), as the staff app looks it up. */
function message(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

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

  // The staff app says every action in the page's language, from its catalogues (the API keeps English for CSV exports).
  describe.each(staffCatalogues())('in the staff app’s %s catalogue', (code, catalogue) => {
    it('every action has a label and a sentence that says who did it', () => {
      const problems: string[] = [];
      for (const action of Object.keys(AUDIT_ACTIONS)) {
        const label = message(catalogue, `audit.actions.${action}.label`);
        const sentence = message(catalogue, `audit.actions.${action}.sentence`);
        if (!label?.trim()) problems.push(`${action}: no label`);
        if (!sentence?.includes('{actor}')) problems.push(`${action}: no sentence with {actor}`);
        else if (/\{(?!actor\}|subject\})/.test(sentence)) problems.push(`${action}: a place other than {actor} and {subject}`);
        else if (AUDIT_ACTIONS[action]!.sentence.includes('{subject}') !== sentence.includes('{subject}')) problems.push(`${action}: {subject} differs from English`);
      }
      expect(problems).toEqual([]);
    });

    it('every group and every fixed phrase has its words', () => {
      const missing = [
        ...Object.keys(AUDIT_GROUPS).map((group) => `audit.groups.${group}`),
        ...Object.keys(AUDIT_NAMES).map((name) => `audit.names.${name}`),
      ].filter((key) => !message(catalogue, key)?.trim());
      expect(missing).toEqual([]);
    });

    if (code === 'en') {
      it('says in English exactly what the API says', () => {
        const differences = [
          ...Object.entries(AUDIT_ACTIONS).flatMap(([action, { label, sentence }]) => [
            [`audit.actions.${action}.label`, label],
            [`audit.actions.${action}.sentence`, sentence],
          ]),
          ...Object.entries(AUDIT_GROUPS).map(([group, name]) => [`audit.groups.${group}`, name]),
          ...Object.entries(AUDIT_NAMES).map(([name, words]) => [`audit.names.${name}`, words]),
        ].filter(([key, words]) => message(catalogue, key!) !== words);
        expect(differences).toEqual([]);
      });
    }
  });
});
