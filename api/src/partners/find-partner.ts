import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { Partner } from '../generated/sqlite/client.ts';

/** The partner row, or NOT_FOUND. */
export async function findPartner(deps: Pick<AppDeps, 'db'>, options: { partnerId: string }): Promise<Partner> {
  const partner = await deps.db.partner.findUnique({ where: { id: options.partnerId } });
  if (!partner) throw new AppError('NOT_FOUND', 'No partner with this id.');
  return partner;
}
