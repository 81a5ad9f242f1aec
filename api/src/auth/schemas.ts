import { Type, type Static } from 'typebox';
import { Email, Password, PersonName, StaffUser } from '../staff/schemas.ts';

export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

/** Answer to login and refresh. The refresh token travels only in an httpOnly cookie. */
export const SessionResponse = Type.Object({
  accessToken: Type.String(),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
  user: StaffUser,
});
export type SessionResponse = Static<typeof SessionResponse>;

export const MeResponse = Type.Object({ user: StaffUser });
export type MeResponse = Static<typeof MeResponse>;

export const SetPasswordBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export type SetPasswordBody = Static<typeof SetPasswordBody>;

export const SetupStatus = Type.Object({
  needed: Type.Boolean({ description: 'True while no staff account exists' }),
});
export type SetupStatus = Static<typeof SetupStatus>;

export const SetupBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), email: Email, name: PersonName, password: Password },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBody>;

export const SetupResponse = Type.Object({ user: StaffUser });
export type SetupResponse = Static<typeof SetupResponse>;
