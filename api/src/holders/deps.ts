import type { AppDeps } from '../deps.ts';

/** What the holder use-cases need: the database, where photos live, the public address, and the clock. */
export type HolderDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>;
