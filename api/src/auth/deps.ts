import type { AppDeps } from '../deps.ts';

/** What the staff and auth use-cases need. */
export type AuthDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>;
