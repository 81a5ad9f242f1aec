import { Type, type Static } from 'typebox';

export const StaffRole = Type.Union([Type.Literal('admin'), Type.Literal('staff')]);
export type StaffRole = Static<typeof StaffRole>;

export const Email = Type.String({ format: 'email', maxLength: 254, description: 'Email address (case-insensitive)' });
export const PersonName = Type.String({ minLength: 1, maxLength: 100 });
export const Password = Type.String({
  minLength: 12,
  maxLength: 256,
  description: 'At least 12 characters; common passwords are refused',
});

/** A staff account as the API returns it. Never carries the password hash. */
export const StaffUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: StaffRole,
  status: Type.Union([Type.Literal('active'), Type.Literal('invited'), Type.Literal('disabled')]),
  createdAt: Type.String({ format: 'date-time' }),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  mfaEnabled: Type.Boolean({ description: 'Two-step sign-in is set up (an authenticator app, a passkey, or both)' }),
  authenticatorApp: Type.Boolean({ description: 'An authenticator app is one of the second factors' }),
  passkeys: Type.Integer({ minimum: 0, maximum: 100, description: 'How many passkeys the account has' }),
});
export type StaffUser = Static<typeof StaffUser>;

export const StaffUserResponse = Type.Object({ user: StaffUser });
export type StaffUserResponse = Static<typeof StaffUserResponse>;

export const StaffList = Type.Object({ items: Type.Array(StaffUser) });
export type StaffList = Static<typeof StaffList>;

export const CreateStaffBody = Type.Object(
  { email: Email, name: PersonName, role: StaffRole },
  { additionalProperties: false },
);
export type CreateStaffBody = Static<typeof CreateStaffBody>;

/** A one-time link for setting a password: shown once to the admin who made it. */
export const PasswordLink = Type.Object({
  url: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type PasswordLink = Static<typeof PasswordLink>;

export const CreatedStaff = Type.Object({ user: StaffUser, passwordLink: PasswordLink });
export type CreatedStaff = Static<typeof CreatedStaff>;

export const UpdateStaffBody = Type.Object(
  { role: Type.Optional(StaffRole), name: Type.Optional(PersonName) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateStaffBody = Static<typeof UpdateStaffBody>;

/** Service-wide sign-in rules an admin sets. */
export const SecuritySettings = Type.Object(
  { mfaRequired: Type.Boolean({ description: 'Every staff member must use two-step sign-in; those without it set it up at their next sign-in' }) },
  { additionalProperties: false },
);
export type SecuritySettings = Static<typeof SecuritySettings>;

/** Typed by the admin to confirm a two-step sign-in reset: the person's email. */
export const ResetMfaBody = Type.Object({ confirmEmail: Type.String({ minLength: 1, maxLength: 254 }) }, { additionalProperties: false });
export type ResetMfaBody = Static<typeof ResetMfaBody>;
