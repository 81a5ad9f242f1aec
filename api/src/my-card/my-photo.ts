import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { readStoredPhoto } from '../holders/holder-photo.ts';
import type { SignedInDevice } from './find-device-session.ts';

/** GET /api/my/photo: the holder's own photo (JPEG), or NOT_FOUND without one. */
export async function myPhoto(deps: Pick<AppDeps, 'config'>, options: { device: SignedInDevice }): Promise<Buffer> {
  const photo = await readStoredPhoto(deps.config.dataDir, options.device.holder.photoFile);
  if (!photo) throw new AppError('NOT_FOUND', 'There is no photo.');
  return photo;
}
