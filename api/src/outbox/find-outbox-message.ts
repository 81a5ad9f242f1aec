import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { OutboxMessage } from '../generated/sqlite/client.ts';

/** The message with this id, or NOT_FOUND. */
export async function findOutboxMessage(deps: Pick<AppDeps, 'db'>, options: { messageId: string }): Promise<OutboxMessage> {
  const row = await deps.db.outboxMessage.findUnique({ where: { id: options.messageId } });
  if (!row) throw new AppError('NOT_FOUND', 'No message with this id.');
  return row;
}
