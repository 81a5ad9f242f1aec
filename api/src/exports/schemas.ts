import { Type, type Static } from 'typebox';

export const ExportKind = Type.Enum(['holders', 'cards']);
export type ExportKind = Static<typeof ExportKind>;

export const ExportParams = Type.Object({ kind: ExportKind });
