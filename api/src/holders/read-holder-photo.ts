import { AppError } from '../errors.ts';
import type { HolderDeps } from './deps.ts';
import { findHolder } from './holder-detail.ts';
import { readStoredPhoto } from './holder-photo.ts';

/** GET /api/holders/:id/photo: the stored JPEG, or NOT_FOUND when there is none. */
export async function readHolderPhoto(deps: HolderDeps, options: { holderId: string }): Promise<Buffer> {
  const { holderId: id } = options;
  const holder = await findHolder(deps.db, id);
  const photo = await readStoredPhoto(deps.config.dataDir, holder.photoFile);
  if (!photo) throw new AppError('NOT_FOUND', 'This young carer has no photo.');
  return photo;
}
