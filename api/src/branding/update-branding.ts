import type { AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { brandingFitProblem } from '../templates/text-fit.ts';
import { cleanBranding, loadBranding, saveBranding } from './branding.ts';
import type { Branding, UpdateBrandingBody } from './schemas.ts';

/** Changes the text settings; a value the cards could not print whole (or at all) is refused, naming the field. */
export async function updateBranding(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'templates' | 'auditSigner'>,
  options: { context: AuditContext; changes: UpdateBrandingBody },
): Promise<Branding> {
  const { context, changes: body } = options;
  const changes = cleanBranding(body);
  for (const field of ['organisationName', 'youngCarerWordingCy'] as const) {
    if (changes[field] === '') throw new AppError('VALIDATION_FAILED', `${field} is empty once invisible characters are removed.`, { field });
  }
  const { primaryColour: _colour, logo: _logo, ...printed } = { ...(await loadBranding(deps)).print, ...changes };
  const problem = brandingFitProblem(deps.templates.cards.values(), printed, new Set(Object.keys(changes)), deps.templates.labels);
  if (problem) throw new AppError('BRANDING_NOT_PRINTABLE', problem.message, { field: problem.field });
  await saveBranding(deps, context, changes, { action: 'branding.update', details: { fields: Object.keys(changes) } });
  return (await loadBranding(deps)).view;
}
