import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { BRANDING_ROW_ID } from './branding.ts';

/**
 * The logo as cards print it, always a PNG. An uploaded SVG is never served
 * back, so nothing in it can ever run in a browser.
 */
export async function readBrandingLogo(deps: Pick<AppDeps, 'db'>): Promise<Buffer> {
  const row = await deps.db.branding.findUnique({ where: { id: BRANDING_ROW_ID }, select: { logoPrint: true } });
  if (!row?.logoPrint) throw new AppError('NOT_FOUND', 'No logo has been uploaded.');
  return Buffer.from(row.logoPrint);
}
