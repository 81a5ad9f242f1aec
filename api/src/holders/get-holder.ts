import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { HolderDeps } from './deps.ts';
import { loadHolderDetail } from './holder-detail.ts';
import type { HolderDetail } from './schemas.ts';

/** GET /api/holders/:id. Every look at a young carer's record is audited. */
export async function getHolder(deps: HolderDeps, options: { context: AuditContext; holderId: string }): Promise<HolderDetail> {
  const { context, holderId: id } = options;
  const detail = await loadHolderDetail(deps, id);
  await recordAuditEvent(deps, context, { action: 'holder.read', entityType: 'holder', entityId: id });
  return detail;
}
