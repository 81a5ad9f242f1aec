import { randomUUID } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { AppError } from '../errors.ts';
import type { Benefit, Partner } from '../generated/sqlite/client.ts';
import { cleanName, cleanText } from '../shared/clean-text.ts';
import type { PartnerDeps } from './deps.ts';
import { findPartner } from './partners.ts';
import type { BenefitView, CreateBenefitBody, UpdateBenefitBody } from './schemas.ts';

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

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { field });

function realDate(field: string, value: string | null | undefined): void {
  if (value === null || value === undefined) return;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw invalid(field, `${field} is not a real calendar date (YYYY-MM-DD).`);
}

/** Cleans text and checks what the schema cannot: real dates, ranges the right way round (on the benefit as it will be). */
function checkedFields<T extends UpdateBenefitBody>(body: T, current?: Benefit): T {
  const out = { ...body };
  if (typeof out.title === 'string') {
    out.title = cleanName(out.title);
    if (!out.title) throw invalid('title', 'title is empty once invisible characters are removed.');
  }
  for (const key of ['description', 'conditions', 'partnerNote'] as const) {
    if (typeof out[key] === 'string') out[key] = cleanText(out[key]);
  }
  realDate('validFrom', out.validFrom);
  realDate('validTo', out.validTo);
  const merged = { minAge: current?.minAge ?? null, maxAge: current?.maxAge ?? null, validFrom: current?.validFrom ?? null, validTo: current?.validTo ?? null, ...out };
  if (merged.minAge !== null && merged.maxAge !== null && merged.minAge > merged.maxAge) throw invalid('maxAge', 'maxAge is below minAge.');
  if (merged.validFrom && merged.validTo && merged.validFrom > merged.validTo) throw invalid('validTo', 'validTo is before validFrom.');
  return out;
}

export async function listBenefits(deps: PartnerDeps, query: { partnerId?: string }): Promise<BenefitView[]> {
  const benefits = await deps.db.benefit.findMany({
    where: query.partnerId ? { partnerId: query.partnerId } : {},
    include: { partner: { select: { name: true } } },
    orderBy: [{ active: 'desc' }, { title: 'asc' }],
  });
  return benefits.map(toBenefitView);
}

export async function createBenefit(deps: PartnerDeps, context: AuditContext, body: CreateBenefitBody): Promise<BenefitView> {
  await findPartner(deps, body.partnerId).catch(() => {
    throw invalid('partnerId', 'No partner with this id.');
  });
  const fields = checkedFields(body);
  const at = deps.clock();
  const benefit = await deps.db.benefit.create({
    data: { id: randomUUID(), ...fields, title: fields.title, partnerId: body.partnerId, createdAt: at, updatedAt: at },
    include: { partner: { select: { name: true } } },
  });
  await recordAuditEvent(deps, context, { action: 'benefit.create', entityType: 'benefit', entityId: benefit.id, details: { partnerId: body.partnerId } });
  // Verify answers and the directory change at once here, within seconds in other processes.
  deps.benefits.invalidate();
  return toBenefitView(benefit);
}

export async function updateBenefit(deps: PartnerDeps, context: AuditContext, id: string, body: UpdateBenefitBody): Promise<BenefitView> {
  const current = await deps.db.benefit.findUnique({ where: { id } });
  if (!current) throw new AppError('NOT_FOUND', 'No benefit with this id.');
  const fields = checkedFields(body, current);
  const benefit = await deps.db.benefit.update({
    where: { id },
    data: { ...fields, updatedAt: deps.clock() },
    include: { partner: { select: { name: true } } },
  });
  await recordAuditEvent(deps, context, { action: 'benefit.update', entityType: 'benefit', entityId: id, details: { fields: Object.keys(fields) } });
  // Verify answers and the directory change at once here, within seconds in other processes.
  deps.benefits.invalidate();
  return toBenefitView(benefit);
}
