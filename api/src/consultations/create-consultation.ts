import { randomBytes, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { photosDir, reencodePhoto, writeFileAtomically } from '../holders/holder-photo.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { calendarDay, isCalendarDate } from '../shared/calendar.ts';
import { findConsultation, toConsultationView } from './consultation-view.ts';
import { checkedFreeText, checkedLine } from './suggestion-text.ts';
import { OPTION_IMAGE_ALT_MAX, OPTION_IMAGE_MAX_BYTES, OPTION_LABEL_MAX, QUESTION_MAX, type ConsultationView, type CreateConsultationBody, type OptionInput } from './schemas.ts';

type Choice = { kind: string; label: string; templateId: string | null; image?: Buffer; imageAlt: string | null };

/**
 * Staff ask young carers something: a question, two or more options (words,
 * a picture, or a card template shown as a preview), an age range and open
 * dates. A picture goes through the photo pipeline (checked by content,
 * re-encoded to JPEG, metadata dropped) into DATA_DIR/photos, where backups
 * take it; its file is written before the transaction and removed if that fails.
 */
export async function createConsultation(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner' | 'templates' | 'config'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; input: CreateConsultationBody },
): Promise<ConsultationView> {
  const { context, input } = options;
  const question = checkedLine(input.question, { field: 'question', max: QUESTION_MAX, label: 'question' });
  const description = input.description && input.description.trim() !== '' ? checkedFreeText(input.description, { field: 'description', max: 500, label: 'description' }) : null;
  for (const field of ['opensOn', 'closesOn'] as const) {
    if (!isCalendarDate(input[field])) throw new AppError('VALIDATION_FAILED', 'Please give a real date.', { field });
  }
  if (input.closesOn < input.opensOn) throw new AppError('VALIDATION_FAILED', 'The closing day is before the opening day.', { field: 'closesOn' });
  const minAge = input.minAge ?? null;
  const maxAge = input.maxAge ?? null;
  if (minAge !== null && maxAge !== null && maxAge < minAge) throw new AppError('VALIDATION_FAILED', 'The oldest age is below the youngest.', { field: 'maxAge' });
  const choices: Choice[] = [];
  for (const [index, option] of input.options.entries()) choices.push(await checkedChoice(deps, option, index));
  const id = randomUUID();
  const now = deps.clock();
  const dir = photosDir(deps.config.dataDir);
  const rows: (Omit<Choice, 'image'> & { id: string; position: number; imageFile: string | null })[] = [];
  const written: string[] = [];
  try {
    for (const [position, { image, ...choice }] of choices.entries()) {
      let imageFile: string | null = null;
      if (image) {
        imageFile = `${randomBytes(16).toString('hex')}.jpg`;
        await writeFileAtomically(dir, imageFile, image);
        written.push(imageFile);
      }
      rows.push({ id: randomUUID(), position, ...choice, imageFile });
    }
    await inTransaction(deps.db, async (tx) => {
      await tx.consultation.create({
        data: {
          id,
          question,
          description,
          minAge,
          maxAge,
          opensOn: input.opensOn,
          closesOn: input.closesOn,
          createdAt: now,
          createdById: context.actor.id,
          options: { create: rows },
        },
      });
      await appendAuditEvent(tx, deps, context, { action: 'consultation.create', entityType: 'consultation', entityId: id, details: { options: choices.length, images: written.length } });
    });
  } catch (error) {
    await Promise.all(written.map((name) => rm(path.join(dir, name), { force: true })));
    throw error;
  }
  return toConsultationView(deps.db, await findConsultation(deps.db, id), calendarDay(now));
}

async function checkedChoice(deps: Pick<AppDeps, 'templates'>, option: OptionInput, index: number): Promise<Choice> {
  const label = checkedLine(option.label, { field: `options/${index}/label`, max: OPTION_LABEL_MAX, label: 'option' });
  if (option.kind === 'template') {
    if (!option.templateId || !deps.templates.cards.has(option.templateId)) throw new AppError('UNKNOWN_TEMPLATE', 'Choose one of the card templates.', { field: `options/${index}/templateId` });
    return { kind: 'template', label, templateId: option.templateId, imageAlt: null };
  }
  if (option.kind === 'image') {
    if (!option.image) throw new AppError('VALIDATION_FAILED', 'Choose a picture for this option.', { field: `options/${index}/image` });
    const imageAlt = checkedLine(option.imageAlt ?? '', { field: `options/${index}/imageAlt`, max: OPTION_IMAGE_ALT_MAX, label: 'description of the picture' });
    const upload = Buffer.from(option.image, 'base64');
    if (upload.length > OPTION_IMAGE_MAX_BYTES) {
      throw new AppError('PHOTO_TOO_LARGE', `The picture is too large: it can be up to ${OPTION_IMAGE_MAX_BYTES / 1024 / 1024} MB.`, { field: `options/${index}/image` });
    }
    return { kind: 'image', label, templateId: null, image: await reencodePhoto(upload, `options/${index}/image`), imageAlt };
  }
  return { kind: 'text', label, templateId: null, imageAlt: null };
}
