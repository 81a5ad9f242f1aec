import { Type, type Static } from 'typebox';
import { CardStatus } from '../cards/schemas.ts';
import { MessageStatus } from '../outbox/schemas.ts';

export const RenewalListQuery = Type.Object(
  { withinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, default: 30 })) },
  { additionalProperties: false },
);
export type RenewalListQuery = Static<typeof RenewalListQuery>;

export const RenewalItem = Type.Object({
  card: Type.Object({
    id: Type.String(),
    number: Type.String(),
    status: CardStatus,
    expiresOn: Type.String(),
    /** The month (YYYY-MM) the holder reaches the maximum age, when this card already runs to then: no renewal possible, so no reminder */
    agesOutIn: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}$' }), Type.Null()]),
  }),
  holder: Type.Object({
    id: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    preferredName: Type.Union([Type.String(), Type.Null()]),
    hasEmail: Type.Boolean(),
    hasPhone: Type.Boolean(),
  }),
  /** The renewal reminder for this card, if one was sent (there is never a second) */
  reminder: Type.Union([
    Type.Object({ at: Type.String({ format: 'date-time' }), trigger: Type.Enum(['staff', 'scheduled']), messageId: Type.String(), messageStatus: Type.Union([MessageStatus, Type.Null()]) }),
    Type.Null(),
  ]),
});
export type RenewalItem = Static<typeof RenewalItem>;
export const RenewalList = Type.Object({ withinDays: Type.Integer(), items: Type.Array(RenewalItem) });
export type RenewalList = Static<typeof RenewalList>;

export const SendRemindersBody = Type.Object(
  {
    withinDays: Type.Integer({ minimum: 1, maximum: 365 }),
    /** Only these cards (from the list); all cards in the window when left out */
    cardIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 1000 })),
  },
  { additionalProperties: false },
);
export type SendRemindersBody = Static<typeof SendRemindersBody>;

export const SendRemindersResult = Type.Object({
  /** Reminders created now (emailed, or waiting in the outbox when email is not set up) */
  queued: Type.Integer(),
  /** Already reminded about this card: never a second time */
  alreadyReminded: Type.Integer(),
  /** No contact email but a phone number: phone them instead */
  noEmail: Type.Integer(),
  /** Neither an email nor a phone number: staff must reach them another way */
  noContact: Type.Integer(),
  /** Ageing out (the card already runs to the maximum age): no renewal possible, so never a reminder */
  agesOut: Type.Integer(),
});
export type SendRemindersResult = Static<typeof SendRemindersResult>;

export const ReminderSettings = Type.Object({
  /** Send renewal reminders on a schedule, without staff pressing anything */
  automatic: Type.Boolean(),
  /** How many days before expiry the automatic reminder goes */
  daysBefore: Type.Integer({ minimum: 1, maximum: 90 }),
});
export type ReminderSettings = Static<typeof ReminderSettings>;
export const UpdateReminderSettingsBody = Type.Partial(ReminderSettings, { additionalProperties: false, minProperties: 1 });
export type UpdateReminderSettingsBody = Static<typeof UpdateReminderSettingsBody>;

export const ReminderSettingsResponse = Type.Object({
  settings: ReminderSettings,
  lastRun: Type.Union([Type.Object({ at: Type.String({ format: 'date-time' }), result: SendRemindersResult }), Type.Null()]),
  emailEnabled: Type.Boolean(),
});
export type ReminderSettingsResponse = Static<typeof ReminderSettingsResponse>;
