import { randomBytes, randomUUID } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { Partner } from '../generated/sqlite/client.ts';
import { cleanName } from '../shared/clean-text.ts';
import type { PartnerDeps } from './deps.ts';
import type { CreatePartnerBody, PartnerCategory, PartnerSummary, PartnerView, UpdatePartnerBody } from './schemas.ts';

const nameTaken = () => new AppError('PARTNER_NAME_TAKEN', 'Another partner already has this name.', { field: 'name' });
const notFound = () => new AppError('NOT_FOUND', 'No partner with this id.');

/** Short, unambiguous, easy to type into a phone: the code in a partner's own verify link. */
function newVerifyCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('');
}

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

/** One-line text fields cleaned like names (no control or bidi characters); the name must stay non-empty. */
function cleanPartnerFields<T extends UpdatePartnerBody>(body: T): T {
  const out = { ...body };
  for (const key of ['name', 'area', 'address', 'website', 'contactName', 'contactEmail', 'contactPhone'] as const) {
    if (typeof out[key] === 'string') out[key] = cleanName(out[key]);
  }
  if (out.name === '') throw new AppError('VALIDATION_FAILED', 'name is empty once invisible characters are removed.', { field: 'name' });
  if (typeof out.contactEmail === 'string') out.contactEmail = out.contactEmail.toLowerCase();
  return out;
}

export async function listPartners(deps: PartnerDeps): Promise<PartnerSummary[]> {
  const [partners, counts] = await Promise.all([
    deps.db.partner.findMany({ orderBy: [{ active: 'desc' }, { name: 'asc' }] }),
    deps.db.benefit.groupBy({ by: ['partnerId', 'active'], _count: { _all: true } }),
  ]);
  const benefits = new Map<string, { benefitCount: number; activeBenefitCount: number }>();
  for (const row of counts) {
    const entry = benefits.get(row.partnerId) ?? { benefitCount: 0, activeBenefitCount: 0 };
    entry.benefitCount += row._count._all;
    if (row.active) entry.activeBenefitCount += row._count._all;
    benefits.set(row.partnerId, entry);
  }
  return partners.map((p) => ({ ...toPartnerView(p, deps.config.publicUrl), ...(benefits.get(p.id) ?? { benefitCount: 0, activeBenefitCount: 0 }) }));
}

export async function findPartner(deps: Pick<PartnerDeps, 'db'>, id: string): Promise<Partner> {
  const partner = await deps.db.partner.findUnique({ where: { id } });
  if (!partner) throw notFound();
  return partner;
}

export async function createPartner(deps: PartnerDeps, context: AuditContext, body: CreatePartnerBody): Promise<PartnerView> {
  const fields = cleanPartnerFields(body);
  const at = deps.clock();
  let partner: Partner;
  try {
    partner = await deps.db.partner.create({
      data: { id: randomUUID(), ...fields, name: fields.name, category: fields.category, verifyCode: newVerifyCode(), createdAt: at, updatedAt: at },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
  await recordAuditEvent(deps, context, { action: 'partner.create', entityType: 'partner', entityId: partner.id });
  // Verify answers and the directory change at once here, within seconds in other processes.
  deps.benefits.invalidate();
  return toPartnerView(partner, deps.config.publicUrl);
}

export async function updatePartner(deps: PartnerDeps, context: AuditContext, id: string, body: UpdatePartnerBody): Promise<PartnerView> {
  await findPartner(deps, id);
  const fields = cleanPartnerFields(body);
  let partner: Partner;
  try {
    partner = await deps.db.partner.update({ where: { id }, data: { ...fields, updatedAt: deps.clock() } });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
  await recordAuditEvent(deps, context, { action: 'partner.update', entityType: 'partner', entityId: id, details: { fields: Object.keys(fields) } });
  // Verify answers and the directory change at once here, within seconds in other processes.
  deps.benefits.invalidate();
  return toPartnerView(partner, deps.config.publicUrl);
}
