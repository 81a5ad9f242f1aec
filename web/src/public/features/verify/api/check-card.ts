import type { VerifyBody, VerifyResult } from '../../../../../../api/src/verify/schemas.ts';
import { ApiRefused, requestJson } from '../../../lib/public-api.ts';
import type { CannotCheckReason, OfflineCheck } from '../offline/offline-check.ts';

export type CardCheckInput = { token: string } | { cardNumber: string };

/** What the verify page shows after a check. */
export type CardCheck =
  /** The API's answer. */
  | { kind: 'online'; answer: VerifyResult; checkedAt: Date }
  /** No connection: checked on this phone against the saved keys and status list. */
  | { kind: 'offline'; answer: Exclude<OfflineCheck, { result: 'cannot_check' }>; checkedAt: Date }
  /** Not checked at all, and why: never shown as valid or not valid. */
  | { kind: 'not-checked'; reason: NotCheckedReason; retryAfter?: number; message?: string };

export type NotCheckedReason = CannotCheckReason | 'number-offline' | 'rate-limited' | 'refused';

/**
 * Checks a card with POST /api/v1/verify (the token only ever travels in this
 * request's body). When the API cannot be reached, a scanned token is checked
 * offline instead; a typed number cannot be (only the server knows numbers).
 */
export async function checkCard(input: CardCheckInput, partnerCode: string | undefined): Promise<CardCheck> {
  const body: VerifyBody = { ...input, ...(partnerCode ? { partner: partnerCode } : {}) };
  try {
    const { body: answer } = await requestJson<VerifyResult>('/api/v1/verify', { method: 'POST', body: JSON.stringify(body), cache: 'no-store' });
    return { kind: 'online', answer, checkedAt: new Date() };
  } catch (error) {
    if (error instanceof ApiRefused) {
      return error.status === 429
        ? { kind: 'not-checked', reason: 'rate-limited', ...(error.retryAfter ? { retryAfter: error.retryAfter } : {}) }
        : { kind: 'not-checked', reason: 'refused', message: error.message };
    }
    if (!('token' in input)) return { kind: 'not-checked', reason: 'number-offline' };
    let offline: OfflineCheck;
    try {
      const { checkCardOffline } = await import('../offline/offline-check.ts');
      offline = await checkCardOffline(input.token);
    } catch {
      return { kind: 'not-checked', reason: 'no-data' };
    }
    return offline.result === 'cannot_check'
      ? { kind: 'not-checked', reason: offline.reason }
      : { kind: 'offline', answer: offline, checkedAt: new Date() };
  }
}
