import type { AuditContext } from '../audit/record-audit-event.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Branding as BrandingRow } from '../generated/sqlite/client.ts';
import { cleanName } from '../holders/holder-names.ts';
import type { CardSource } from '../templates/fields.ts';
import type { TemplateSet } from '../templates/load-templates.ts';
import { brandingFitProblem } from '../templates/text-fit.ts';
import type { Branding, UpdateBrandingBody } from './schemas.ts';

const ROW_ID = 'default';
export const DEFAULT_PRIMARY_COLOUR = '#1d4f91';
export const DEFAULT_YOUNG_CARER_WORDING = 'Young Carer';

export type BrandingDeps = { db: Db; config: Pick<Config, 'organisation'>; clock?: () => Date };

/** The branding as cards print it: every value resolved, the logo as a PNG ready for a PDF. */
export type PrintBranding = CardSource['branding'];

/** Branding with defaults filled in, and the stored row (if any) for the logo. */
export type BrandingState = { view: Branding; print: PrintBranding };

export async function loadBranding(deps: BrandingDeps): Promise<BrandingState> {
  const row = await deps.db.branding.findUnique({ where: { id: ROW_ID } });
  return brandingState(row, deps.config.organisation);
}

export function brandingState(row: BrandingRow | null, organisation: Config['organisation']): BrandingState {
  const view: Branding = {
    organisationName: row?.organisationName ?? organisation.name,
    helpline: row?.helpline ?? organisation.helpline,
    returnAddress: row?.returnAddress ?? '',
    primaryColour: row?.primaryColour ?? DEFAULT_PRIMARY_COLOUR,
    youngCarerWording: row?.youngCarerWording ?? DEFAULT_YOUNG_CARER_WORDING,
    benefitsLine: row?.benefitsLine ?? '',
    logoType: row?.logoType === 'image/png' || row?.logoType === 'image/svg+xml' ? row.logoType : null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
  const { logoType: _logoType, updatedAt: _updatedAt, ...text } = view;
  return { view, print: { ...text, logo: row?.logoPrint ? Buffer.from(row.logoPrint) : null } };
}

/** Branding values laid over the current ones, without saving (for live previews). */
export function withDraft(state: BrandingState, draft: UpdateBrandingBody | undefined): PrintBranding {
  return { ...state.print, ...cleanBranding(draft ?? {}) };
}

/** One-line values cleaned the way names are (no control or bidi characters, single spaces). */
function cleanBranding(body: UpdateBrandingBody): UpdateBrandingBody {
  const out: UpdateBrandingBody = {};
  for (const [key, value] of Object.entries(body) as [keyof UpdateBrandingBody, string | undefined][]) {
    if (value === undefined) continue;
    out[key] = key === 'primaryColour' ? value.toLowerCase() : cleanName(value);
  }
  return out;
}

/** Changes the text settings; a value the cards could not print whole (or at all) is refused, naming the field. */
export async function updateBranding(
  deps: BrandingDeps & { templates: Pick<TemplateSet, 'cards'> },
  context: AuditContext,
  body: UpdateBrandingBody,
): Promise<Branding> {
  const changes = cleanBranding(body);
  if (changes.organisationName === '') {
    throw new AppError('VALIDATION_FAILED', 'organisationName is empty once invisible characters are removed.', { field: 'organisationName' });
  }
  const { primaryColour: _colour, logo: _logo, ...printed } = { ...(await loadBranding(deps)).print, ...changes };
  const problem = brandingFitProblem(deps.templates.cards.values(), printed, new Set(Object.keys(changes)));
  if (problem) throw new AppError('BRANDING_NOT_PRINTABLE', problem.message, { field: problem.field });
  await saveBranding(deps, context, changes);
  await recordAuditEvent(deps, context, { action: 'branding.update', entityType: 'branding', entityId: ROW_ID, details: { fields: Object.keys(changes) } });
  return (await loadBranding(deps)).view;
}

export async function saveBranding(
  deps: BrandingDeps,
  context: AuditContext,
  data: Partial<Pick<BrandingRow, 'organisationName' | 'helpline' | 'returnAddress' | 'primaryColour' | 'youngCarerWording' | 'benefitsLine' | 'logo' | 'logoType' | 'logoPrint'>>,
): Promise<void> {
  const at = deps.clock ? deps.clock() : new Date();
  const stamp = { updatedAt: at, updatedById: context.actor?.id ?? null };
  await deps.db.branding.upsert({ where: { id: ROW_ID }, create: { id: ROW_ID, ...data, ...stamp }, update: { ...data, ...stamp } });
}
