import { Type, type Static } from 'typebox';
import { PageNumber, PageOf } from '../schemas.ts';

/** What a message is for. */
export const MessageKind = Type.Enum(['card_invitation', 'renewal_reminder', 'invitation_locked', 'referral_outcome', 'partner_link']);
export type MessageKind = Static<typeof MessageKind>;

/** How it reaches its reader: by email, or on a printed slip staff hand over. */
export const MessageChannel = Type.Enum(['email', 'print']);
export type MessageChannel = Static<typeof MessageChannel>;

/**
 * - queued: waiting to be emailed (also between retries: `lastError` says why the last try failed)
 * - sending: a process is sending it now
 * - sent: the mail server accepted it
 * - failed: every try failed; staff can retry or pass it on by hand
 * - manual: for staff to pass on (a printed slip, or email with no SMTP set up)
 * - handed_over: staff passed it on by hand
 * - withdrawn: what it carried was withdrawn (an invitation) before it went
 */
export const MessageStatus = Type.Enum(['queued', 'sending', 'sent', 'failed', 'manual', 'handed_over', 'withdrawn']);
export type MessageStatus = Static<typeof MessageStatus>;

export const OutboxMessageView = Type.Object({
  id: Type.String(),
  kind: MessageKind,
  channel: MessageChannel,
  /** Email address, or null for a printed slip */
  to: Type.Union([Type.String(), Type.Null()]),
  subject: Type.String(),
  text: Type.String(),
  /** The invitation code in `text` is shown as dots: only the staff member who sent the invitation sees it, and nobody once it is sent or passed on. */
  codeHidden: Type.Boolean(),
  status: MessageStatus,
  attempts: Type.Integer(),
  nextAttemptAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  holderId: Type.Union([Type.String(), Type.Null()]),
  cardId: Type.Union([Type.String(), Type.Null()]),
  invitationId: Type.Union([Type.String(), Type.Null()]),
  /** The language the message is written in (en, cy, pl, ur, ar), and its direction: a printed slip sets both. */
  language: Type.String(),
  dir: Type.Union([Type.Literal('ltr'), Type.Literal('rtl')]),
});
export type OutboxMessageView = Static<typeof OutboxMessageView>;

export const OutboxMessageResponse = Type.Object({ message: OutboxMessageView });
export type OutboxMessageResponse = Static<typeof OutboxMessageResponse>;
export const OutboxList = Type.Object({
  ...PageOf(OutboxMessageView).properties,
  /** Whether SMTP_URL is set: without it every email waits here for staff. */
  emailEnabled: Type.Boolean(),
  /** How many messages wait for staff (manual or failed), whatever the filter. */
  needsAction: Type.Integer(),
});
export type OutboxList = Static<typeof OutboxList>;

export const OutboxListQuery = Type.Object(
  {
    status: Type.Optional(MessageStatus),
    holderId: Type.Optional(Type.String({ maxLength: 64 })),
    page: Type.Optional(PageNumber),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type OutboxListQuery = Static<typeof OutboxListQuery>;
