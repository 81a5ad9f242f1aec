import type { Benefit, Partner } from '../generated/sqlite/client.ts';
import type { BenefitView } from './schemas.ts';

export function toBenefitView(benefit: Benefit & { partner: Pick<Partner, 'name'> }): BenefitView {
  return {
    id: benefit.id,
    partnerId: benefit.partnerId,
    partnerName: benefit.partner.name,
    title: benefit.title,
    description: benefit.description,
    conditions: benefit.conditions,
    minAge: benefit.minAge,
    maxAge: benefit.maxAge,
    validFrom: benefit.validFrom,
    validTo: benefit.validTo,
    active: benefit.active,
    partnerNote: benefit.partnerNote,
    createdAt: benefit.createdAt.toISOString(),
    updatedAt: benefit.updatedAt.toISOString(),
  };
}
