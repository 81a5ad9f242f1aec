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
  mfaEnrolmentRequired: Type.Boolean({ description: 'Two-step sign-in is required and not set up: only enrolment calls work until it is' }),
});
export type SessionResponse = Static<typeof SessionResponse>;

/** Answer to login when the password was right and a second factor is still needed: no session yet. */
export const MfaRequiredResponse = Type.Object({
  mfaRequired: Type.Literal(true),
  mfaToken: Type.String({ description: 'Send back with the code to /api/auth/mfa/verify, or with a passkey to /api/auth/mfa/passkey' }),
  expiresIn: Type.Integer({ description: 'Seconds the token stays usable' }),
  methods: Type.Array(Type.Union([Type.Literal('totp'), Type.Literal('passkey'), Type.Literal('recovery_code')]), {
    maxItems: 3, description: 'What this account can use for the second step',
  }),
});
export type MfaRequiredResponse = Static<typeof MfaRequiredResponse>;

export const LoginResponse = Type.Union([SessionResponse, MfaRequiredResponse]);
export type LoginResponse = Static<typeof LoginResponse>;

/** A 6-digit authenticator code, or a recovery code (xxxx-xxxx-xxxx-xxxx; case, spaces and dashes ignored). */
export const MfaCode = Type.String({ minLength: 6, maxLength: 40, pattern: '^[0-9A-Za-z \\-]+$' });

export const MfaVerifyBody = Type.Object(
  { mfaToken: Type.String({ minLength: 10, maxLength: 200 }), code: MfaCode },
  { additionalProperties: false },
);
export type MfaVerifyBody = Static<typeof MfaVerifyBody>;

export const TotpSetupResponse = Type.Object({
  secret: Type.String({ description: 'Base32, for typing into an authenticator app' }),
  uri: Type.String({ description: 'otpauth:// URI, shown as a QR code' }),
});
export type TotpSetupResponse = Static<typeof TotpSetupResponse>;

export const TotpConfirmBody = Type.Object(
  { code: Type.String({ minLength: 6, maxLength: 6, pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
);
export type TotpConfirmBody = Static<typeof TotpConfirmBody>;

export const RecoveryCodesResponse = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { description: 'Shown once; only hashes are stored', maxItems: 10 }),
});
export type RecoveryCodesResponse = Static<typeof RecoveryCodesResponse>;

export const MeResponse = Type.Object({
  user: StaffUser,
  mfaEnrolmentRequired: Type.Boolean({ description: 'Two-step sign-in is required and not set up: only enrolment calls work until it is' }),
});
export type MeResponse = Static<typeof MeResponse>;

export const SetPasswordBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export type SetPasswordBody = Static<typeof SetPasswordBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 1024 }), newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;
export const PasswordChanged = Type.Object({ endedSessions: Type.Integer({ description: 'Other sessions of the account that were ended' }) });
export type PasswordChanged = Static<typeof PasswordChanged>;

/** A set-password link, checked when its page opens: whose account it is for. */
export const PasswordLinkBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) }, { additionalProperties: false });
export type PasswordLinkBody = Static<typeof PasswordLinkBody>;
export const PasswordLinkView = Type.Object({ name: Type.String(), email: Type.String(), expiresAt: Type.String({ format: 'date-time' }) });
export type PasswordLinkView = Static<typeof PasswordLinkView>;

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

export const StaffSessionView = Type.Object({
  id: Type.String(),
  userAgent: Type.Union([Type.String(), Type.Null()], { description: 'The browser at sign-in' }),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.String({ format: 'date-time', description: 'Sign-in or the last token refresh' }),
  current: Type.Boolean({ description: 'The session making this request' }),
});
export type StaffSessionView = Static<typeof StaffSessionView>;

export const StaffSessionList = Type.Object({ items: Type.Array(StaffSessionView, { maxItems: 100 }) });
export type StaffSessionList = Static<typeof StaffSessionList>;

export const SignedOutEverywhere = Type.Object({ endedSessions: Type.Integer({ minimum: 0 }) });
export type SignedOutEverywhere = Static<typeof SignedOutEverywhere>;

/** base64url, as WebAuthn answers carry their binary parts. */
const Base64Url = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[A-Za-z0-9_-]+={0,2}$' });

const Transports = Type.Array(Type.String({ maxLength: 32 }), { maxItems: 10 });
const ClientExtensionResults = Type.Object({}, { additionalProperties: true, description: 'As the browser gives them' });
const AuthenticatorAttachment = Type.Union([Type.Literal('platform'), Type.Literal('cross-platform')]);

/** What navigator.credentials.create() answers, as @simplewebauthn/browser encodes it. */
export const PasskeyRegistrationResponse = Type.Object(
  {
    id: Base64Url(1400),
    rawId: Base64Url(1400),
    type: Type.Literal('public-key'),
    response: Type.Object(
      {
        clientDataJSON: Base64Url(8192),
        attestationObject: Base64Url(32768),
        authenticatorData: Type.Optional(Base64Url(32768)),
        transports: Type.Optional(Transports),
        publicKeyAlgorithm: Type.Optional(Type.Integer({ minimum: -65536, maximum: 65536 })),
        publicKey: Type.Optional(Base64Url(8192)),
      },
      { additionalProperties: false },
    ),
    authenticatorAttachment: Type.Optional(AuthenticatorAttachment),
    clientExtensionResults: ClientExtensionResults,
  },
  { additionalProperties: false },
);

/** What navigator.credentials.get() answers, as @simplewebauthn/browser encodes it. */
export const PasskeyAuthenticationResponse = Type.Object(
  {
    id: Base64Url(1400),
    rawId: Base64Url(1400),
    type: Type.Literal('public-key'),
    response: Type.Object(
      {
        clientDataJSON: Base64Url(8192),
        authenticatorData: Base64Url(32768),
        signature: Base64Url(2048),
        userHandle: Type.Optional(Base64Url(1024)),
      },
      { additionalProperties: false },
    ),
    authenticatorAttachment: Type.Optional(AuthenticatorAttachment),
    clientExtensionResults: ClientExtensionResults,
  },
  { additionalProperties: false },
);

export const AddPasskeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60, description: 'A name to tell the passkey by, such as "Work laptop"' }),
    response: PasskeyRegistrationResponse,
  },
  { additionalProperties: false },
);
export type AddPasskeyBody = Static<typeof AddPasskeyBody>;

export const AddPasskeyResponse = Type.Object({
  id: Type.String(),
  recoveryCodes: Type.Optional(Type.Array(Type.String(), { maxItems: 10, description: 'With the account’s first second factor only; shown once' })),
});

export const PasskeySignInStart = Type.Object({ mfaToken: Type.String({ minLength: 10, maxLength: 200 }) }, { additionalProperties: false });

export const PasskeySignInBody = Type.Object(
  { mfaToken: Type.String({ minLength: 10, maxLength: 200 }), response: PasskeyAuthenticationResponse },
  { additionalProperties: false },
);
export type PasskeySignInBody = Static<typeof PasskeySignInBody>;

/** Options for the browser's WebAuthn call, passed to @simplewebauthn/browser as they are. */
export const WebAuthnOptions = Type.Object({
  options: Type.Unknown({ description: 'PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON' }),
});

export const PasskeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const PasskeyList = Type.Object({
  available: Type.Boolean({ description: 'False when PUBLIC_URL is an IP address: browsers make passkeys only for a name' }),
  items: Type.Array(PasskeyView, { maxItems: 100 }),
});
export type PasskeyList = Static<typeof PasskeyList>;
