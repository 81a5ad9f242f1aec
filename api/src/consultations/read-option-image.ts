import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { readStoredPhoto } from '../holders/holder-photo.ts';
import type { SignedInDevice } from '../my-card/find-device-session.ts';
import { calendarDay } from '../shared/calendar.ts';
import { isOpenFor } from './eligibility.ts';

/**
 * An option's picture: the re-encoded JPEG, never the upload as sent. Staff
 * may see any option's; a young carer only those of a question open for them.
 */
export async function readOptionImage(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config'>,
  options: { consultationId: string; optionId: string; device?: SignedInDevice },
): Promise<Buffer> {
  const { consultationId, optionId, device } = options;
  const option = await deps.db.consultationOption.findFirst({ where: { id: optionId, consultationId }, include: { consultation: true } });
  if (!option || option.kind !== 'image') throw new AppError('NOT_FOUND', 'No such picture.');
  if (device && !isOpenFor(option.consultation, device.holder, calendarDay(deps.clock()))) throw new AppError('NOT_FOUND', 'No such picture.');
  const jpeg = await readStoredPhoto(deps.config.dataDir, option.imageFile);
  if (!jpeg) throw new AppError('NOT_FOUND', 'No such picture.');
  return jpeg;
}
