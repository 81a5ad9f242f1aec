import type { AppDeps } from '../deps.ts';

/** What the import use-cases need. */
export type ImportDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner' | 'log'>;
