import type { Db } from '../db/database.ts';
import type { BenefitSnapshot } from './benefit-rules.ts';

/** Active partners and their active benefits, read in one query. */
export async function loadBenefitSnapshot(db: Db): Promise<BenefitSnapshot> {
  const partners = await db.partner.findMany({
    where: { active: true },
    orderBy: { name: 'asc' },
    include: { benefits: { where: { active: true }, orderBy: { title: 'asc' } } },
  });
  return {
    partners: partners.map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      area: p.area,
      address: p.address,
      website: p.website,
      verifyCode: p.verifyCode,
      benefits: p.benefits.map((b) => ({
        id: b.id,
        title: b.title,
        description: b.description,
        conditions: b.conditions,
        minAge: b.minAge,
        maxAge: b.maxAge,
        validFrom: b.validFrom,
        validTo: b.validTo,
        partnerNote: b.partnerNote,
      })),
    })),
  };
}
