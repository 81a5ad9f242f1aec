import type { TemplateFieldList, TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { translate } from '../../../i18n/start-i18n.ts';

type FieldKind = TemplateFieldList['items'][number]['kind'];

/** Catalogue keys of each kind of field (read with t at render). */
export const fieldKindKey: Record<FieldKind, string> = { text: 'templates.fieldKind.text', image: 'templates.fieldKind.image', qr: 'templates.fieldKind.qr' };

/** CR80, the size of a bank card. */
export { CARD_ASPECT_RATIO } from '../../../components/pdf-preview.tsx';
/** A4 portrait; the drawn page corrects it if a sheet layout uses another paper size. */
export const SHEET_ASPECT_RATIO = 210 / 297;

export function templateKindNote(template: TemplateSummary): string {
  return translate(template.kind === 'card' ? 'templates.kind.card' : 'templates.kind.sheet');
}

/** A field's name in the page's language; the API's English label for a field the catalogue does not know yet. */
export function fieldLabel(field: TemplateFieldList['items'][number]): string {
  const key = `templates.field.${field.key}`;
  const label = translate(key);
  return label === key ? field.label : label;
}
