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
  LOGIN_THROTTLED: 'LOGIN_THROTTLED',
  NOT_READY: 'NOT_READY',
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
  LOGIN_THROTTLED: 429,
  NOT_READY: 503,
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
};

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
