import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { SignedInDevice } from '../my-card/find-device-session.ts';
import { cleanName, cleanText } from '../shared/clean-text.ts';
import { toMyDataRequestView } from './data-request-view.ts';
import { DATA_REQUEST_TEXT_MAX, MAX_OPEN_DATA_REQUESTS, type DataRequestKind, type MyDataRequestView } from './schemas.ts';

/**
 * A young carer asks, from their own page, for a correction or for their
 * record to be erased. Only the request is stored; staff act on it. At most
 * MAX_OPEN_DATA_REQUESTS open at once: the holder's counter goes up only
 * while below the cap, in the same transaction as the row, so parallel
 * requests cannot pass it. (Plain SQL, so the holder's updatedAt, which
 * says when staff last changed the details, is left alone.)
 */
export async function createDataRequest(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; device: SignedInDevice; kind: DataRequestKind; text: string },
): Promise<MyDataRequestView> {
  const { context, device, kind } = options;
  const text = cleanText(options.text);
  if (text.length > DATA_REQUEST_TEXT_MAX) throw new AppError('VALIDATION_FAILED', `Please write at most ${DATA_REQUEST_TEXT_MAX} characters.`, { field: 'text' });
  // Only spaces or invisible characters count as nothing written.
  if (kind === 'correction' && cleanName(text) === '') throw new AppError('VALIDATION_FAILED', 'Please say what is wrong and what it should be.', { field: 'text' });
  const holderId = device.holder.id;
  const now = deps.clock();
  const row = await inTransaction(deps.db, async (tx) => {
    const taken = await tx.$executeRaw`UPDATE "Holder" SET "openDataRequests" = "openDataRequests" + 1 WHERE "id" = ${holderId} AND "openDataRequests" < ${MAX_OPEN_DATA_REQUESTS}`;
    if (taken !== 1) {
      throw new AppError('DATA_REQUEST_LIMIT', `You already have ${MAX_OPEN_DATA_REQUESTS} requests waiting. We will look at them soon, then you can send more.`);
    }
    const created = await tx.dataRequest.create({ data: { id: randomUUID(), holderId, kind, text, status: 'open', createdAt: now, deviceId: device.session.id } });
    await appendAuditEvent(tx, deps, context, {
      action: 'data_request.create',
      entityType: 'holder',
      entityId: holderId,
      details: { requestId: created.id, kind, deviceId: device.session.id },
    });
    return created;
  });
  return toMyDataRequestView(row);
}
