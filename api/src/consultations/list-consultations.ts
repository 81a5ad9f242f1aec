import type { AppDeps } from '../deps.ts';
import { calendarDay } from '../shared/calendar.ts';
import { toConsultationView, withOptions } from './consultation-view.ts';
import type { ConsultationView } from './schemas.ts';

/** Staff: every consultation, newest first, with its results (counts only, once there are enough). */
export async function listConsultations(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<ConsultationView[]> {
  const rows = await deps.db.consultation.findMany({ include: withOptions, orderBy: { createdAt: 'desc' }, take: 200 });
  const today = calendarDay(deps.clock());
  return Promise.all(rows.map((row) => toConsultationView(deps.db, row, today)));
}
