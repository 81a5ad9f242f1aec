import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { ContactMethod, HolderTakePart } from './schemas.ts';

/** Staff: whether this young carer would like to take part (said on /my or told to staff), and whether someone followed it up. */
export async function getHolderTakePart(deps: Pick<AppDeps, 'db'>, options: { holderId: string }): Promise<HolderTakePart> {
  const holder = await deps.db.holder.findUnique({ where: { id: options.holderId }, select: { erasedAt: true } });
  if (!holder) throw new AppError('NOT_FOUND', 'No such young carer.');
  if (holder.erasedAt) throw new AppError('HOLDER_ERASED', 'This record was erased.');
  const interest = await deps.db.takePartInterest.findUnique({ where: { holderId: options.holderId } });
  if (!interest) return { registered: false, contactBy: [], source: null, createdAt: null, followedUpAt: null };
  return {
    registered: true,
    contactBy: interest.contactBy.split(',') as ContactMethod[],
    source: interest.source as 'online' | 'staff',
    createdAt: interest.createdAt.toISOString(),
    followedUpAt: interest.followedUpAt?.toISOString() ?? null,
  };
}
