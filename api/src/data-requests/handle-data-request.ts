import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { toDataRequestView } from './data-request-view.ts';
import type { DataRequestView, HandleDataRequestBody } from './schemas.ts';

/**
 * Staff mark a request done or declined. Only an open one: the conditional
 * update decides, so two staff closing it at once close it once, and the
 * holder's open count goes down once. Erasure itself is not done here.
 */
export async function handleDataRequest(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; requestId: string; status: HandleDataRequestBody['status'] },
): Promise<DataRequestView> {
  const { context, requestId: id, status } = options;
  const now = deps.clock();
  const existing = await deps.db.dataRequest.findUnique({ where: { id } });
  if (!existing) throw new AppError('NOT_FOUND', 'No data request with this id.');
  const row = await inTransaction(deps.db, async (tx) => {
    const closed = await tx.dataRequest.updateMany({ where: { id, status: 'open' }, data: { status, handledAt: now, handledById: context.actor.id } });
    if (closed.count !== 1) throw new AppError('DATA_REQUEST_STATE_CONFLICT', 'This request was already handled.');
    await tx.$executeRaw`UPDATE "Holder" SET "openDataRequests" = "openDataRequests" - 1 WHERE "id" = ${existing.holderId} AND "openDataRequests" > 0`;
    await appendAuditEvent(tx, deps, context, {
      action: status === 'done' ? 'data_request.done' : 'data_request.declined',
      entityType: 'holder',
      entityId: existing.holderId,
      details: { requestId: id, kind: existing.kind },
    });
    return tx.dataRequest.findUniqueOrThrow({ where: { id } });
  });
  return toDataRequestView(row, context.actor.email);
}
