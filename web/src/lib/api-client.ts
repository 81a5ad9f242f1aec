import type { ErrorCode } from '../../../api/src/errors.ts';
import type { ErrorBody } from '../../../api/src/schemas.ts';
import type { SessionResponse } from '../../../api/src/auth/schemas.ts';
import { currentLanguage } from '../i18n/start-i18n.ts';
import { generalErrorMessage, plainErrorMessage } from './error-messages.ts';
import { getSessionState, SESSION_ENDED_NOTICE, setSessionState } from './session.ts';

/**
 * The one way the web app talks to the API.
 *
 * - The access token lives in this module's memory only. A page reload loses
 *   it; `restoreSession()` gets a new one from the httpOnly refresh cookie.
 * - A bearer call answered 401 triggers one refresh (shared by concurrent
 *   callers) and one retry. If the refresh is refused, the session ends and
 *   the sign-in guard sends the user to /login with SESSION_ENDED_NOTICE.
 * - The token is refreshed a minute before it expires, so an idle but open
 *   app stays signed in for as long as the refresh cookie allows.
 */

/**
 * What an ApiError's code can be: one of the API's stable error codes, or,
 * when no error body came back, NETWORK_ERROR (never reached the server) or
 * HTTP_<status>. Typed, so `error.code === 'NO_SUCH_CODE'` fails the typecheck.
 */
export type ApiErrorCode = ErrorCode | typeof NETWORK_ERROR | `HTTP_${number}`;

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  /** The request field at fault (`email`, `password`...), when the API names one. */
  readonly field: string | undefined;
  /** Seconds to wait before trying again, from Retry-After (429, 503). */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: ApiErrorCode, message: string, field?: string, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfter = retryAfter;
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

type Query = Record<string, string | number | undefined | null>;

export type RequestOptions = {
  query?: Query;
  signal?: AbortSignal;
  /** false for the public endpoints (login, setup, set-password): no bearer, no refresh-and-retry. */
  auth?: boolean;
  /** Extra request headers, such as `Idempotency-Key`. */
  headers?: Record<string, string>;
};

/** How to read a successful answer: JSON (the default), or the raw bytes (photos). */
type Reader<T> = { accept: string; read: (response: Response) => Promise<T> };

const readJson: Reader<unknown> = {
  accept: 'application/json',
  read: async (response) => (response.status === 204 ? undefined : await response.json()),
};
const readBlob: Reader<Blob> = { accept: '*/*', read: (response) => response.blob() };
/** The answer unread: for a body read as it arrives (a print sheet's progress) or with its headers (a file name). */
const readResponse: Reader<Response> = { accept: 'application/pdf, application/json;q=0.5', read: async (response) => response };

let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<boolean> | null = null;
let restoring: Promise<void> | null = null;
/** Bumped whenever a session ends, so answers to requests made before then are not acted on. */
let generation = 0;

export function startSession(session: SessionResponse): void {
  accessToken = session.accessToken;
  scheduleRefresh(session.expiresIn);
  setSessionState({ status: 'signed-in', user: session.user, notice: null, mfaEnrolmentRequired: session.mfaEnrolmentRequired });
}

export function endSession(notice: string | null): void {
  generation += 1;
  accessToken = null;
  clearTimeout(refreshTimer);
  setSessionState({ status: 'signed-out', user: null, notice });
}

/** Called once on app load: a valid refresh cookie signs the user back in silently. */
export function restoreSession(): Promise<void> {
  restoring ??= refreshSession().then(
    (refreshed) => {
      if (!refreshed) endSession(null);
    },
    () => endSession(null),
  );
  return restoring;
}

/**
 * Asks for a new access token with the refresh cookie. Resolves true when
 * signed in again, false when the API refuses (no cookie, expired, session
 * ended, account disabled); rejects when the API could not be reached.
 * Concurrent callers share one request.
 */
export function refreshSession(): Promise<boolean> {
  refreshInFlight ??= (async () => {
    const startedIn = generation;
    try {
      const response = await acrossTabs(() =>
        send('/api/auth/refresh', { method: 'POST', headers: { Accept: 'application/json' } }),
      );
      if (response.ok) {
        const session = (await response.json()) as SessionResponse;
        if (startedIn !== generation) return false; // signed out meanwhile: do not sign back in
        startSession(session);
        return true;
      }
      if (response.status === 400 || response.status === 401 || response.status === 403) return false;
      throw await errorFrom(response);
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

/**
 * The refresh cookie is shared by every tab and rotates on each use; the API
 * refuses a token another tab has just used. A Web Lock makes tabs take
 * turns, so each one sends the newest cookie. (Locks exist only in secure
 * contexts, i.e. https or localhost; elsewhere tabs just go ahead.)
 */
async function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return (await navigator.locks.request('young-carer-cards:refresh', task)) as T;
  }
  return task();
}

function scheduleRefresh(expiresInSeconds: number): void {
  clearTimeout(refreshTimer);
  // A minute early; for very short tokens, halfway through their life.
  const delaySeconds = Math.max(expiresInSeconds - 60, expiresInSeconds / 2, 1);
  refreshTimer = setTimeout(() => void refreshInBackground(), Math.min(delaySeconds * 1000, 2 ** 31 - 1));
}

async function refreshInBackground(): Promise<void> {
  try {
    if (!(await refreshSession()) && getSessionState().status === 'signed-in') endSession(SESSION_ENDED_NOTICE);
  } catch {
    // Offline or the API is down: try again soon. A request made meanwhile
    // refreshes on its own 401.
    refreshTimer = setTimeout(() => void refreshInBackground(), 30_000);
  }
}

/**
 * `body` is sent as JSON, except a FormData, which goes as multipart/form-data
 * (the browser writes that Content-Type, with its boundary).
 */
async function request<T>(
  method: string,
  path: string,
  body: unknown,
  options: RequestOptions = {},
  reader: Reader<T> = readJson as Reader<T>,
): Promise<T> {
  const { auth = true, query, signal } = options;
  const url = withQuery(path, query);
  const startedIn = generation;
  let tokenSent: string | null = null;
  const attempt = () => {
    const headers: Record<string, string> = { ...options.headers, Accept: reader.accept, 'Accept-Language': currentLanguage() };
    const isForm = body instanceof FormData;
    if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
    tokenSent = auth ? accessToken : null;
    if (tokenSent) headers.Authorization = `Bearer ${tokenSent}`;
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = isForm ? body : JSON.stringify(body);
    if (signal) init.signal = signal;
    return send(url, init);
  };

  let response = await attempt();
  if (response.status === 401 && auth && startedIn === generation && getSessionState().status === 'signed-in') {
    // Another call may already have refreshed while this one was on its way.
    if ((accessToken !== null && accessToken !== tokenSent) || (await refreshSession())) {
      response = await attempt();
      if (response.status === 401) endSession(SESSION_ENDED_NOTICE);
    } else if (startedIn === generation) {
      endSession(SESSION_ENDED_NOTICE);
    }
  }
  if (!response.ok) throw await errorFrom(response);
  return reader.read(response);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR, 'errors.network.unreachable');
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  const retryAfterHeader = Number(response.headers.get('Retry-After'));
  const retryAfter = Number.isFinite(retryAfterHeader) && retryAfterHeader > 0 ? retryAfterHeader : undefined;
  let body: Partial<ErrorBody> | undefined;
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(response.status, error.code, error.message, fieldName(error.field), retryAfter);
  }
  return new ApiError(
    response.status,
    `HTTP_${response.status}`,
    `Something went wrong on the server (error ${response.status}). Please try again.`,
    undefined,
    retryAfter,
  );
}

/** `email`, `/email` and `body/email` all name the same form field. */
function fieldName(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field.replace(/^\/+/, '').replace(/^body[./]/, '') || undefined;
}

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
  /** A file that needs the bearer token (a holder's photo), as a Blob to show with URL.createObjectURL. */
  getBlob: (path: string, options?: RequestOptions) => request<Blob>('GET', path, undefined, options, readBlob),
  /**
   * A file the API makes (a card's PDF, a print sheet): the successful Response
   * with its body unread, so the caller can stream it and read its headers.
   * Errors are thrown as ApiError, as for every other call.
   */
  response: (method: 'GET' | 'POST', path: string, body?: unknown, options?: RequestOptions) =>
    request<Response>(method, path, body, options, readResponse),
};

/** What to tell the user about a failed call, in words (lib/error-messages.ts): never the API's developer wording. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return plainErrorMessage(error.code, error.field, error.message);
  return generalErrorMessage();
}
