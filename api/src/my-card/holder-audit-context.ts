import type { AuditContext } from '../audit/record-audit-event.ts';

/** The young carer acting on their own card: no staff actor; the audit details name the device session. */
export function holderAuditContext(ip: string | null): AuditContext {
  return { actor: null, ip };
}
