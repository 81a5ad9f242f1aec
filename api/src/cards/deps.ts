import type { AppDeps } from '../deps.ts';

/** What the card use-cases need. */
export type CardDeps = Pick<AppDeps, 'db' | 'keyring' | 'templates' | 'config' | 'clock' | 'auditSigner'>;
