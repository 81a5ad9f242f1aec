/** Prisma's code for a unique constraint violation, the same on every engine. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

type UniqueViolationMeta = {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown }; originalMessage?: unknown } };
};

/**
 * What a unique violation names, as one string to match against: the
 * columns and, when the engine says, the index. Through the driver adapters
 * Prisma leaves `meta.target` empty and puts the constraint under
 * `meta.driverAdapterError.cause` instead: SQLite names the columns
 * ("holderId"), PostgreSQL the quoted columns and, in its message, the index
 * ("manual_Card_one_current_per_holder"). Empty for any other error.
 */
export function uniqueViolationTarget(error: unknown): string {
  if (!isUniqueViolation(error)) return '';
  const meta = ((error as { meta?: UniqueViolationMeta }).meta ?? {}) as UniqueViolationMeta;
  const cause = meta.driverAdapterError?.cause;
  const parts = [meta.target, cause?.constraint?.fields, cause?.constraint?.index, cause?.originalMessage]
    .flat()
    .filter((part): part is string => typeof part === 'string');
  return parts.join(' ').replaceAll('"', '');
}
