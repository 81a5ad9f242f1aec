import type { Db } from '../db/database.ts';
import type { Tx } from '../db/transaction.ts';
import type { Consultation, ConsultationOption } from '../generated/sqlite/client.ts';
import { AppError } from '../errors.ts';
import { RESULTS_MIN_ANSWERS, type AnswerChannel, type ConsultationResults, type ConsultationStatus, type ConsultationView, type OptionKind, type OptionView } from './schemas.ts';

const CHANNELS: AnswerChannel[] = ['online', 'phone', 'email', 'face_to_face'];

export type ConsultationRow = Consultation & { options: ConsultationOption[] };

export const withOptions = { options: { orderBy: { position: 'asc' as const } } };

export function statusOn(row: Pick<Consultation, 'opensOn' | 'closesOn'>, today: string): ConsultationStatus {
  if (today < row.opensOn) return 'upcoming';
  return today > row.closesOn ? 'closed' : 'open';
}

export function toOptionView(option: ConsultationOption): OptionView {
  return { id: option.id, kind: option.kind as OptionKind, label: option.label, templateId: option.templateId, imageAlt: option.kind === 'image' ? option.imageAlt : null };
}

export async function findConsultation(db: Db | Tx, id: string): Promise<ConsultationRow> {
  const row = await db.consultation.findUnique({ where: { id }, include: withOptions });
  if (!row) throw new AppError('NOT_FOUND', 'No such consultation.');
  return row;
}

/** Counts only, grouped in the database: no answer row (and so no token) leaves it. */
export async function resultsOf(db: Db | Tx, row: ConsultationRow): Promise<ConsultationResults> {
  const [byOption, byChannel] = await Promise.all([
    db.consultationAnswer.groupBy({ by: ['optionId'], where: { consultationId: row.id }, _count: { _all: true } }),
    db.consultationAnswer.groupBy({ by: ['channel'], where: { consultationId: row.id }, _count: { _all: true } }),
  ]);
  const total = byOption.reduce((sum, group) => sum + group._count._all, 0);
  const shown = total >= RESULTS_MIN_ANSWERS;
  return {
    total: shown ? total : null,
    shown,
    options: row.options.map((option) => ({
      optionId: option.id,
      label: option.label,
      count: shown ? (byOption.find((group) => group.optionId === option.id)?._count._all ?? 0) : null,
    })),
    channels: CHANNELS.map((channel) => ({ channel, count: shown ? (byChannel.find((group) => group.channel === channel)?._count._all ?? 0) : null })),
  };
}

export async function toConsultationView(db: Db | Tx, row: ConsultationRow, today: string): Promise<ConsultationView> {
  return {
    id: row.id,
    question: row.question,
    description: row.description,
    minAge: row.minAge,
    maxAge: row.maxAge,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    status: statusOn(row, today),
    createdAt: row.createdAt.toISOString(),
    options: row.options.map(toOptionView),
    results: await resultsOf(db, row),
  };
}
