import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { SignedInDevice } from '../my-card/find-device-session.ts';
import { calendarDay } from '../shared/calendar.ts';
import { previewTemplate } from '../templates/template-preview.ts';
import { isOpenFor } from './eligibility.ts';

/**
 * A card-design option drawn by the real card renderer, with the template
 * registry's sample details (never the young carer's own), as a PDF. Staff
 * may see any option's; a young carer only those of a question open for them.
 */
export async function consultationOptionPreview(
  deps: Pick<AppDeps, 'db' | 'clock' | 'templates' | 'branding' | 'config'>,
  options: { consultationId: string; optionId: string; device?: SignedInDevice },
): Promise<Buffer> {
  const { consultationId, optionId, device } = options;
  const option = await deps.db.consultationOption.findFirst({ where: { id: optionId, consultationId }, include: { consultation: true } });
  if (!option || option.kind !== 'template' || !option.templateId) throw new AppError('NOT_FOUND', 'No such card design.');
  if (device && !isOpenFor(option.consultation, device.holder, calendarDay(deps.clock()))) throw new AppError('NOT_FOUND', 'No such card design.');
  return previewTemplate(deps, { templateId: option.templateId });
}
