import type { OutboxMessage } from '../generated/sqlite/client.ts';
import { textDirection } from '../locales/translate.ts';
import { isMessageLanguage } from '../shared/languages.ts';
import { messageLanguageOf } from './message-texts.ts';
import type { MessageChannel, MessageKind, MessageStatus, OutboxMessageView } from './schemas.ts';

/** An invitation code as messages print it (K7P3Q-9MD2H), alone or in the link's `#code=`. */
const INVITATION_CODE = /\b[0-9A-Z]{5}-[0-9A-Z]{5}\b/g;
export const HIDDEN_CODE = '•••••-•••••';

/** The message's text with any invitation code in it replaced by dots. */
export function hideInvitationCodes(text: string): string {
  return text.replace(INVITATION_CODE, HIDDEN_CODE);
}

/**
 * What a card invitation's stored bodies become once the message has done its
 * work (sent, passed on): the code as dots. Nobody needs it again, and a code
 * kept is a code that can leak. Other kinds of message carry no code: nothing.
 */
export function withoutCodes(row: Pick<OutboxMessage, 'kind' | 'textBody' | 'htmlBody'>): Partial<Pick<OutboxMessage, 'textBody' | 'htmlBody'>> {
  if (row.kind !== 'card_invitation') return {};
  return { textBody: hideInvitationCodes(row.textBody), htmlBody: row.htmlBody === null ? null : hideInvitationCodes(row.htmlBody) };
}

/**
 * `showCode`: whether this viewer may read the invitation code the message
 * carries, which only the staff member who sent the invitation may (see
 * codeViewers). Everyone else sees the code as dots.
 */
export function toOutboxMessageView(row: OutboxMessage, options: { showCode: boolean }): OutboxMessageView {
  const hidden = row.kind === 'card_invitation' && !options.showCode;
  const language = messageLanguageOf(row.htmlBody);
  return {
    id: row.id,
    kind: row.kind as MessageKind,
    channel: row.channel as MessageChannel,
    to: row.toAddress,
    subject: row.subject,
    text: hidden ? hideInvitationCodes(row.textBody) : row.textBody,
    codeHidden: hidden || (row.kind === 'card_invitation' && row.textBody.includes(HIDDEN_CODE)),
    status: row.status as MessageStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    holderId: row.holderId,
    cardId: row.cardId,
    invitationId: row.invitationId,
    language,
    dir: isMessageLanguage(language) ? textDirection(language) : 'ltr',
  };
}
