import type { AppDeps } from '../deps.ts';
import { calendarDay } from '../shared/calendar.ts';
import { findConsultation, toConsultationView } from './consultation-view.ts';
import type { ConsultationView } from './schemas.ts';

export async function getConsultation(deps: Pick<AppDeps, 'db' | 'clock'>, options: { consultationId: string }): Promise<ConsultationView> {
  return toConsultationView(deps.db, await findConsultation(deps.db, options.consultationId), calendarDay(deps.clock()));
}
