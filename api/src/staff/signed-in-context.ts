import type { AuditContext } from '../audit/record-audit-event.ts';

/** An audit context with someone signed in: the rules that stop staff changing themselves need to know who acts. */
export type SignedInContext = AuditContext & { actor: NonNullable<AuditContext['actor']> };
