import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';

/** What a card prints with unless staff choose otherwise (the API's default too). */
export const DEFAULT_LAYOUT = 'standard';

/** The layouts a card can print with (not print-sheet layouts), everyday ones first. */
export function cardLayouts(templates: TemplateSummary[] | undefined): TemplateSummary[] {
  const cards = (templates ?? []).filter((template) => template.kind === 'card');
  return [...cards.filter((template) => !template.largePrint), ...cards.filter((template) => template.largePrint)];
}

/** A layout's name, saying "large print" when the name does not already. */
export function layoutName(template: Pick<TemplateSummary, 'name' | 'largePrint'>): string {
  return template.largePrint && !/large[\s-]print/i.test(template.name) ? `${template.name} (large print)` : template.name;
}

/** The name of the layout a card prints with, or its id when the layout is unknown here. */
export function cardLayoutName(templates: TemplateSummary[] | undefined, id: string): string {
  const template = templates?.find((candidate) => candidate.id === id);
  return template ? layoutName(template) : id;
}
