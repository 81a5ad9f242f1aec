/**
 * One error class, one table of codes. Every error body the API sends is
 * `{ error: { code, message } }`; the code is stable and clients branch on it.
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  NOT_AUTHENTICATED: 'NOT_AUTHENTICATED',
  SESSION_EXPIRED: 'SESSION_EXPIRED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  INVALID_REFRESH_TOKEN: 'INVALID_REFRESH_TOKEN',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  ROUTE_NOT_FOUND: 'ROUTE_NOT_FOUND',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  INVALID_LINK: 'INVALID_LINK',
  SETUP_NOT_AVAILABLE: 'SETUP_NOT_AVAILABLE',
  LAST_ADMIN: 'LAST_ADMIN',
  CANNOT_CHANGE_SELF: 'CANNOT_CHANGE_SELF',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  CROSS_SITE_REQUEST: 'CROSS_SITE_REQUEST',
  LOGIN_THROTTLED: 'LOGIN_THROTTLED',
  NOT_READY: 'NOT_READY',
  /** The database cannot be reached or did not answer in time; try again after Retry-After. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** The database (or its disk) has no room to write. */
  STORAGE_FULL: 'STORAGE_FULL',
  INTERNAL: 'INTERNAL',
  REFERENCE_TAKEN: 'REFERENCE_TAKEN',
  PHOTO_INVALID: 'PHOTO_INVALID',
  PHOTO_TOO_LARGE: 'PHOTO_TOO_LARGE',
  HOLDER_HAS_CURRENT_CARD: 'HOLDER_HAS_CURRENT_CARD',
  HOLDER_TOO_OLD: 'HOLDER_TOO_OLD',
  CARD_STATE_CONFLICT: 'CARD_STATE_CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  UNKNOWN_TEMPLATE: 'UNKNOWN_TEMPLATE',
  KEY_STATE_CONFLICT: 'KEY_STATE_CONFLICT',
  NAME_NOT_PRINTABLE: 'NAME_NOT_PRINTABLE',
  CARD_NOT_PRINTABLE: 'CARD_NOT_PRINTABLE',
  NOTHING_TO_PRINT: 'NOTHING_TO_PRINT',
  LOGO_INVALID: 'LOGO_INVALID',
  BRANDING_NOT_PRINTABLE: 'BRANDING_NOT_PRINTABLE',
  PARTNER_NAME_TAKEN: 'PARTNER_NAME_TAKEN',
  INVALID_PARTNER_KEY: 'INVALID_PARTNER_KEY',
  NO_CONTACT_EMAIL: 'NO_CONTACT_EMAIL',
  INVITATION_INVALID: 'INVITATION_INVALID',
  INVITATION_EXPIRED: 'INVITATION_EXPIRED',
  INVITATION_LOCKED: 'INVITATION_LOCKED',
  INVITATION_USED: 'INVITATION_USED',
  INVITATION_STATE_CONFLICT: 'INVITATION_STATE_CONFLICT',
  DATE_OF_BIRTH_MISMATCH: 'DATE_OF_BIRTH_MISMATCH',
  DEVICE_NOT_SIGNED_IN: 'DEVICE_NOT_SIGNED_IN',
  MESSAGE_STATE_CONFLICT: 'MESSAGE_STATE_CONFLICT',
  EMAIL_NOT_CONFIGURED: 'EMAIL_NOT_CONFIGURED',
  /** The young carer's record was erased (retention or by an admin): nothing about them is left to show or change. */
  HOLDER_ERASED: 'HOLDER_ERASED',
  /** The name typed to confirm an erasure is not the young carer's name. */
  ERASE_CONFIRMATION_MISMATCH: 'ERASE_CONFIRMATION_MISMATCH',
  /** The second-factor step's token is unknown, used or expired: sign in again. */
  MFA_CHALLENGE_INVALID: 'MFA_CHALLENGE_INVALID',
  /** The authenticator or recovery code is wrong, or was already used (400, not 401: the session of an enrolling or disabling caller is fine). */
  MFA_CODE_INVALID: 'MFA_CODE_INVALID',
  MFA_THROTTLED: 'MFA_THROTTLED',
  /** Two-step sign-in is required and this account has not set it up yet: only enrolment calls work. */
  MFA_ENROLMENT_REQUIRED: 'MFA_ENROLMENT_REQUIRED',
  MFA_ALREADY_ENROLLED: 'MFA_ALREADY_ENROLLED',
  MFA_NOT_ENROLLED: 'MFA_NOT_ENROLLED',
  /** The passkey's answer did not check out (wrong key, wrong site, replayed or expired challenge). */
  PASSKEY_INVALID: 'PASSKEY_INVALID',
  /** That passkey is already on an account here. */
  PASSKEY_ALREADY_ADDED: 'PASSKEY_ALREADY_ADDED',
  /** PUBLIC_URL is an IP address: browsers only make passkeys for a name (localhost, cards.example.org). */
  PASSKEYS_UNAVAILABLE: 'PASSKEYS_UNAVAILABLE',
  /** The young carer already has as many open correction or erasure requests as allowed. */
  DATA_REQUEST_LIMIT: 'DATA_REQUEST_LIMIT',
  /** The data request was already marked done or declined. */
  DATA_REQUEST_STATE_CONFLICT: 'DATA_REQUEST_STATE_CONFLICT',
  /** The public referral form has taken as many referrals as it takes today. */
  REFERRAL_DAILY_LIMIT: 'REFERRAL_DAILY_LIMIT',
  /** The referral was already accepted, declined or withdrawn (or erased). */
  REFERRAL_STATE_CONFLICT: 'REFERRAL_STATE_CONFLICT',
  /** The uploaded CSV cannot be read as a register (not CSV, no rows, too many rows or columns). */
  IMPORT_FILE_INVALID: 'IMPORT_FILE_INVALID',
  IMPORT_FILE_TOO_LARGE: 'IMPORT_FILE_TOO_LARGE',
  /** The import is not at the step this asks for (mapping a running import, running one twice...). */
  IMPORT_STATE_CONFLICT: 'IMPORT_STATE_CONFLICT',
  /** The young carer already answered this consultation (one answer each). */
  ALREADY_ANSWERED: 'ALREADY_ANSWERED',
  /** The right password for an account an admin has disabled (only ever said after the password checked out). */
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  /** Changing one's own password: the current password given is not right. */
  CURRENT_PASSWORD_WRONG: 'CURRENT_PASSWORD_WRONG',
  /** Changing one's own password: it was changed by another request meanwhile. */
  PASSWORD_STATE_CONFLICT: 'PASSWORD_STATE_CONFLICT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  NOT_AUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_REFRESH_TOKEN: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  WEAK_PASSWORD: 400,
  INVALID_LINK: 400,
  SETUP_NOT_AVAILABLE: 409,
  LAST_ADMIN: 409,
  CANNOT_CHANGE_SELF: 409,
  TOO_MANY_REQUESTS: 429,
  CROSS_SITE_REQUEST: 403,
  LOGIN_THROTTLED: 429,
  NOT_READY: 503,
  DATABASE_UNAVAILABLE: 503,
  STORAGE_FULL: 507,
  INTERNAL: 500,
  REFERENCE_TAKEN: 409,
  PHOTO_INVALID: 400,
  PHOTO_TOO_LARGE: 413,
  HOLDER_HAS_CURRENT_CARD: 409,
  HOLDER_TOO_OLD: 409,
  CARD_STATE_CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  UNKNOWN_TEMPLATE: 400,
  KEY_STATE_CONFLICT: 409,
  NAME_NOT_PRINTABLE: 400,
  CARD_NOT_PRINTABLE: 409,
  NOTHING_TO_PRINT: 422,
  LOGO_INVALID: 400,
  BRANDING_NOT_PRINTABLE: 400,
  PARTNER_NAME_TAKEN: 409,
  INVALID_PARTNER_KEY: 401,
  NO_CONTACT_EMAIL: 400,
  INVITATION_INVALID: 400,
  INVITATION_EXPIRED: 410,
  INVITATION_LOCKED: 423,
  INVITATION_USED: 410,
  INVITATION_STATE_CONFLICT: 409,
  DATE_OF_BIRTH_MISMATCH: 400,
  DEVICE_NOT_SIGNED_IN: 401,
  MESSAGE_STATE_CONFLICT: 409,
  EMAIL_NOT_CONFIGURED: 409,
  HOLDER_ERASED: 409,
  ERASE_CONFIRMATION_MISMATCH: 400,
  MFA_CHALLENGE_INVALID: 401,
  MFA_CODE_INVALID: 400,
  MFA_THROTTLED: 429,
  MFA_ENROLMENT_REQUIRED: 403,
  MFA_ALREADY_ENROLLED: 409,
  MFA_NOT_ENROLLED: 409,
  PASSKEY_INVALID: 400,
  PASSKEY_ALREADY_ADDED: 409,
  PASSKEYS_UNAVAILABLE: 409,
  DATA_REQUEST_LIMIT: 409,
  DATA_REQUEST_STATE_CONFLICT: 409,
  REFERRAL_DAILY_LIMIT: 429,
  REFERRAL_STATE_CONFLICT: 409,
  IMPORT_FILE_INVALID: 400,
  IMPORT_FILE_TOO_LARGE: 413,
  IMPORT_STATE_CONFLICT: 409,
  ALREADY_ANSWERED: 409,
  ACCOUNT_DISABLED: 403,
  CURRENT_PASSWORD_WRONG: 400,
  PASSWORD_STATE_CONFLICT: 409,
};

/** Seconds a client (a load balancer, a till) is told to wait, with Retry-After, while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Seconds, sent as Retry-After for 429 and 503. */
  readonly retryAfter: number | undefined;
  /** The request field at fault, when there is one. */
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, options: { retryAfter?: number; field?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryAfter = options.retryAfter;
    this.field = options.field;
  }

  get statusCode(): number {
    return httpStatusOf[this.code];
  }
}
