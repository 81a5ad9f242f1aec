import type { TemplateFieldList, TemplateSummary } from '../../../../../api/src/templates/schemas.ts';

type FieldKind = TemplateFieldList['items'][number]['kind'];

export const fieldKindLabel: Record<FieldKind, string> = { text: 'Text', image: 'Image', qr: 'QR code' };

/** CR80, the size of a bank card. */
export { CARD_ASPECT_RATIO } from '../../../components/pdf-preview.tsx';
/** A4 portrait; the drawn page corrects it if a sheet layout uses another paper size. */
export const SHEET_ASPECT_RATIO = 210 / 297;

export function templateKindNote(template: TemplateSummary): string {
  return template.kind === 'card' ? 'Card, 85.6 × 54 mm, front and back' : 'Print sheet of cards';
}
