import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { findReferral, loadReferralDetail } from './referral-view.ts';
import type { ReferralDetail } from './schemas.ts';

/** One referral for the review page, with the records it may duplicate. It names a child: each look is audited (referral.view), as a record's is. */
export async function getReferral(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>, options: { context: AuditContext; referralId: string }): Promise<ReferralDetail> {
  const referral = await findReferral(deps.db, options.referralId);
  await recordAuditEvent(deps, options.context, { action: 'referral.view', entityType: 'referral', entityId: referral.id });
  return loadReferralDetail(deps, referral);
}
