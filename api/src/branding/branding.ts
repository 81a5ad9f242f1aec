import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Config } from '../config.ts';
import type { Branding as BrandingRow } from '../generated/sqlite/client.ts';
import { cleanName } from '../shared/clean-text.ts';
import { BILINGUAL_LAYOUTS, type BilingualLayout, type CardSource } from '../templates/fields.ts';
import type { Branding, UpdateBrandingBody } from './schemas.ts';
import type { AppDeps } from '../deps.ts';

export const BRANDING_ROW_ID = 'default';
export const DEFAULT_PRIMARY_COLOUR = '#1d4f91';
export const DEFAULT_YOUNG_CARER_WORDING = 'Young Carer';
export const DEFAULT_YOUNG_CARER_WORDING_CY = 'Gofalwr Ifanc';
export const DEFAULT_BILINGUAL_LAYOUT: BilingualLayout = 'welsh_first';

export type BrandingDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>;

/** The branding as cards print it: every value resolved, the logo as a PNG ready for a PDF. */
export type PrintBranding = CardSource['branding'];

/** Branding with defaults filled in, and the stored row (if any) for the logo. */
export type BrandingState = { view: Branding; print: PrintBranding };

export async function loadBranding(deps: BrandingDeps): Promise<BrandingState> {
  const row = await deps.db.branding.findUnique({ where: { id: BRANDING_ROW_ID } });
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
    organisationNameCy: row?.organisationNameCy ?? '',
    returnAddressCy: row?.returnAddressCy ?? '',
    youngCarerWordingCy: row?.youngCarerWordingCy ?? DEFAULT_YOUNG_CARER_WORDING_CY,
    benefitsLineCy: row?.benefitsLineCy ?? '',
    bilingualLayout: (BILINGUAL_LAYOUTS as readonly string[]).includes(row?.bilingualLayout ?? '') ? (row!.bilingualLayout as BilingualLayout) : DEFAULT_BILINGUAL_LAYOUT,
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
export function cleanBranding(body: UpdateBrandingBody): UpdateBrandingBody {
  const out: UpdateBrandingBody = {};
  for (const [key, value] of Object.entries(body) as [keyof UpdateBrandingBody, string | undefined][]) {
    if (value === undefined) continue;
    if (key === 'bilingualLayout') out[key] = value as BilingualLayout;
    else out[key] = key === 'primaryColour' ? value.toLowerCase() : cleanName(value);
  }
  return out;
}

/** The one write of branding: every cached copy here is dropped at once (other processes see it within BRANDING_TTL_MS). */
export async function saveBranding(
  deps: BrandingDeps & Pick<AppDeps, 'branding'>,
  context: AuditContext,
  data: Partial<Pick<BrandingRow, 'organisationName' | 'helpline' | 'returnAddress' | 'primaryColour' | 'youngCarerWording' | 'benefitsLine' | 'logoType' | 'logoPrint'
    | 'organisationNameCy' | 'returnAddressCy' | 'youngCarerWordingCy' | 'benefitsLineCy' | 'bilingualLayout'>>,
  /** Commits with the change. */
  event: { action: string; details?: Record<string, unknown> },
): Promise<void> {
  const at = deps.clock();
  const stamp = { updatedAt: at, updatedById: context.actor?.id ?? null };
  await inTransaction(deps.db, async (tx) => {
    await tx.branding.upsert({ where: { id: BRANDING_ROW_ID }, create: { id: BRANDING_ROW_ID, ...data, ...stamp }, update: { ...data, ...stamp } });
    await appendAuditEvent(tx, deps, context, { ...event, entityType: 'branding', entityId: BRANDING_ROW_ID });
  });
  deps.branding.invalidate();
}
