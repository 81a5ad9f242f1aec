import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { translate } from '../../../i18n/start-i18n.ts';

/** What a card prints with unless staff choose otherwise (the API's default too). */
export const DEFAULT_LAYOUT = 'standard';

/** The layouts a card can print with (not print-sheet layouts), everyday ones first. */
export function cardLayouts(templates: TemplateSummary[] | undefined): TemplateSummary[] {
  const cards = (templates ?? []).filter((template) => template.kind === 'card');
  return [...cards.filter((template) => !template.largePrint), ...cards.filter((template) => template.largePrint)];
}

/** A layout's name (as staff named it), saying "large print" in the page's language when the name does not already. */
export function layoutName(template: Pick<TemplateSummary, 'name' | 'largePrint'>): string {
  return template.largePrint && !/large[\s-]print/i.test(template.name) ? translate('cards.layout.largePrint', { name: template.name }) : template.name;
}

/** The name of the layout a card prints with, or its id when the layout is unknown here. */
export function cardLayoutName(templates: TemplateSummary[] | undefined, id: string): string {
  const template = templates?.find((candidate) => candidate.id === id);
  return template ? layoutName(template) : id;
}
