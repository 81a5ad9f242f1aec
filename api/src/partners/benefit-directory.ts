import type { AppDeps } from '../deps.ts';
import { calendarDay } from '../shared/calendar.ts';
import { benefitDirectory } from './benefit-rules.ts';
import type { BenefitDirectory } from './schemas.ts';

/** The public directory: active partners and the offers that apply today. Nothing personal, nothing partner-only. */
export async function getBenefitDirectory(deps: Pick<AppDeps, 'benefits' | 'clock'>): Promise<BenefitDirectory> {
  return benefitDirectory(await deps.benefits.current(), calendarDay(deps.clock()));
}
