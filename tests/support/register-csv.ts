/** A register as a service might keep it in Excel: headings, UK dates, a reference per young carer. */
export function registerCsv(options: { rows: number; prefix: string; delimiter?: ',' | ';'; bom?: boolean; start?: number }): string {
  const d = options.delimiter ?? ',';
  const lines = [['Ref', 'First name', 'Surname', 'DOB', 'Email', 'Notes'].join(d)];
  for (let n = options.start ?? 0; n < (options.start ?? 0) + options.rows; n++) {
    const day = String((n % 28) + 1).padStart(2, '0');
    const month = String((n % 12) + 1).padStart(2, '0');
    lines.push([`${options.prefix}-${n}`, `Given${n}`, `${options.prefix}Family`, `${day}/${month}/${2010 + (n % 8)}`, `family${n}@example.org`, `"Row ${n}${d} line one\nline two"`].join(d));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** The mapping for registerCsv's headings, with the consent every row lacks. */
export const REGISTER_MAPPING = {
  mapping: {
    fields: { reference: 0, givenName: 1, familyName: 2, dateOfBirth: 3, contactEmail: 4, notes: 5 },
    defaults: { consentBy: 'parent', consentMethod: 'written', consentAt: '2026-09-01' },
  },
  onMatch: 'update',
} as const;

/** REGISTER_MAPPING for a file with only some of its columns, in the same places. */
export function registerMappingFor(columns: number) {
  const fields = Object.fromEntries(Object.entries(REGISTER_MAPPING.mapping.fields).filter(([, index]) => index < columns));
  return { ...REGISTER_MAPPING, mapping: { ...REGISTER_MAPPING.mapping, fields } };
}
