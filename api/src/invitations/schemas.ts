import { Type, type Static } from 'typebox';
import { CalendarDate } from '../holders/schemas.ts';
import { MessageChannel, OutboxMessageView } from '../outbox/schemas.ts';

/** What an invitation is now. */
export const InvitationStatus = Type.Enum(['active', 'used', 'expired', 'revoked', 'locked']);
export type InvitationStatus = Static<typeof InvitationStatus>;

export const InvitationView = Type.Object({
  id: Type.String(),
  holderId: Type.String(),
  cardId: Type.String(),
  channel: MessageChannel,
  status: InvitationStatus,
  createdAt: Type.String({ format: 'date-time' }),
  createdByEmail: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lockedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  failedAttempts: Type.Integer(),
  /** 1 once opened with the right date of birth (a code opens one phone, once) */
  uses: Type.Integer({ minimum: 0, maximum: 1 }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type InvitationView = Static<typeof InvitationView>;

export const CreateInvitationBody = Type.Object(
  {
    /** email: to the holder's contact email (sent by SMTP, or left in the outbox for staff); print: a slip to hand over */
    channel: MessageChannel,
  },
  { additionalProperties: false },
);
export type CreateInvitationBody = Static<typeof CreateInvitationBody>;

/** The only answer that carries the code and link: staff may read them out over the phone. */
export const CreatedInvitation = Type.Object({
  invitation: InvitationView,
  message: OutboxMessageView,
  code: Type.String({ description: 'e.g. K7P3Q-9MD2H' }),
  link: Type.String({ description: '`${PUBLIC_URL}/my#code=...`' }),
});
export type CreatedInvitation = Static<typeof CreatedInvitation>;

export const InvitationResponse = Type.Object({ invitation: InvitationView });
export type InvitationResponse = Static<typeof InvitationResponse>;
export const InvitationList = Type.Object({ items: Type.Array(InvitationView) });
export type InvitationList = Static<typeof InvitationList>;

export const InvitationListQuery = Type.Object(
  { holderId: Type.Optional(Type.String({ maxLength: 64 })), status: Type.Optional(InvitationStatus) },
  { additionalProperties: false },
);
export type InvitationListQuery = Static<typeof InvitationListQuery>;

/** POST /api/my/sign-in: the young carer (or parent) opens an invitation. */
export const RedeemInvitationBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40 }),
    dateOfBirth: CalendarDate,
  },
  { additionalProperties: false },
);
export type RedeemInvitationBody = Static<typeof RedeemInvitationBody>;
