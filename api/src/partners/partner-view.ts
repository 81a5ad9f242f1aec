import type { Partner } from '../generated/sqlite/client.ts';
import type { PartnerCategory, PartnerView } from './schemas.ts';

/** A partner as staff see it, with the verify link built from PUBLIC_URL. */
export function toPartnerView(partner: Partner, publicUrl: string): PartnerView {
  return {
    id: partner.id,
    name: partner.name,
    category: partner.category as PartnerCategory,
    area: partner.area,
    address: partner.address,
    website: partner.website,
    contactName: partner.contactName,
    contactEmail: partner.contactEmail,
    contactPhone: partner.contactPhone,
    active: partner.active,
    verifyCode: partner.verifyCode,
    verifyLink: `${publicUrl}/v?p=${partner.verifyCode}`,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
  };
}
