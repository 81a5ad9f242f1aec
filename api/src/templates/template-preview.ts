import { withDraft, type PrintBranding } from '../branding/branding.ts';
import type { UpdateBrandingBody } from '../branding/schemas.ts';
import type { AppDeps } from '../deps.ts';
import { cardContentOf } from '../card-pdf/draw-card-face.ts';
import { renderCardPdf } from '../card-pdf/render-card-pdf.ts';
import { renderPrintSheet } from '../card-pdf/render-print-sheet.ts';
import { AppError } from '../errors.ts';
import type { CardLanguage } from '../shared/languages.ts';
import { sampleSource } from './fields.ts';
import { DEFAULT_CARD_TEMPLATE, type TemplateSet } from './load-templates.ts';

/**
 * A template drawn with the registry's sample values and the given branding:
 * a card template as a two-page card PDF, a sheet layout as one full sheet of
 * sample cards (fronts, then backs), in a card language (English unless
 * asked). `draft` lays unsaved branding values over the saved ones, for live
 * previews.
 */
export async function previewTemplate(
  deps: Pick<AppDeps, 'templates' | 'branding' | 'config'>,
  options: { templateId: string; draft?: UpdateBrandingBody | undefined; language?: CardLanguage | undefined },
): Promise<Buffer> {
  const branding = withDraft(await deps.branding.current(), options.draft);
  return renderTemplatePreview(deps.templates, options.templateId, branding, deps.config.publicUrl, options.language);
}

/** The preview renderer itself: pure, from a template set, branding and the public address. */
export async function renderTemplatePreview(
  templates: TemplateSet,
  id: string,
  branding: PrintBranding,
  publicUrl: string,
  language: CardLanguage = 'en',
): Promise<Buffer> {
  const content = cardContentOf({ ...sampleSource(branding, publicUrl, language), labels: templates.labels });
  const card = templates.cards.get(id);
  if (card) return renderCardPdf(card, content, { organisationName: branding.organisationName });
  const sheet = templates.sheets.get(id);
  if (!sheet) throw new AppError('NOT_FOUND', `No template called "${id}".`);
  const standard = templates.cards.get(DEFAULT_CARD_TEMPLATE)!;
  const count = sheet.columns * sheet.rows;
  const chunks: Buffer[] = [];
  for await (const chunk of renderPrintSheet(sheet, Array.from({ length: count }, () => ({ template: standard, content })), count, branding)) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
