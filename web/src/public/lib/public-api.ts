import type { ErrorCode } from '../../../../api/src/errors.ts';
import type { ErrorBody } from '../../../../api/src/schemas.ts';
import { currentLanguage } from '../../i18n/start-i18n.ts';

/**
 * The public app's one way to call the API: no session, no cookies, a time
 * limit (a shop's phone on a poor signal must not spin for a minute), and
 * failures sorted into the two kinds a page acts on differently.
 */

/** The API could not be reached, took too long, or failed on its side (5xx): an offline check may stand in. */
export class ApiUnreachable extends Error {
  override name = 'ApiUnreachable';
}

/** One of the API's stable error codes, or HTTP_<status> when the answer had no error body. Typed, so a misspelt code fails the typecheck. */
export type RefusalCode = ErrorCode | `HTTP_${number}`;

/** The API answered with a 4xx: an answer, to show as it is. */
export class ApiRefused extends Error {
  override name = 'ApiRefused';
  readonly status: number;
  readonly code: RefusalCode;
  /** Seconds to wait (429). */
  readonly retryAfter: number | undefined;
  /** The request field at fault, when the API names one. */
  readonly field: string | undefined;
  constructor(status: number, code: RefusalCode, message: string, retryAfter?: number, field?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
    this.field = field;
  }
}

export const REQUEST_TIMEOUT_MS = 8_000;

export type PublicResponse<T> = { body: T; response: Response };

export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<PublicResponse<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      // No cookies, except for a young carer's own card (/api/my), which asks for them.
      credentials: init.credentials ?? 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json', 'Accept-Language': currentLanguage(), ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
      signal: init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new ApiUnreachable('Could not reach the server.');
  }
  if (response.status >= 500) throw new ApiUnreachable(`The server failed (${response.status}).`);
  if (!response.ok) {
    const error = ((await response.json().catch(() => undefined)) as Partial<ErrorBody> | undefined)?.error;
    const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
    throw new ApiRefused(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? 'The request was refused.', retryAfter, error?.field);
  }
  try {
    return { body: (await response.json()) as T, response };
  } catch {
    throw new ApiUnreachable('The server sent an answer that could not be read.');
  }
}
