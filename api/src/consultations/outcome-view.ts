import type { Outcome } from '../generated/sqlite/client.ts';
import type { OutcomeView } from './schemas.ts';

export function toOutcomeView(row: Outcome): OutcomeView {
  return { id: row.id, youSaid: row.youSaid, weDid: row.weDid, day: row.day, published: row.published };
}
