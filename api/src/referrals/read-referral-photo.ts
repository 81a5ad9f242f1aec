import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { readStoredPhoto } from '../holders/holder-photo.ts';
import { findReferral } from './referral-view.ts';

/** The photo sent with a referral (JPEG), for staff reviewing it. */
export async function readReferralPhoto(deps: Pick<AppDeps, 'db' | 'config'>, options: { referralId: string }): Promise<Buffer> {
  const referral = await findReferral(deps.db, options.referralId);
  const photo = await readStoredPhoto(deps.config.dataDir, referral.photoFile);
  if (!photo) throw new AppError('NOT_FOUND', 'This referral has no photo.');
  return photo;
}
