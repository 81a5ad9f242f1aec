import { useCallback, useRef, useState } from 'react';
import type { VerifyBody, VerifyResult } from '../../../../../../api/src/verify/schemas.ts';
import { holdBackgroundWork } from '../../../lib/background-work.ts';
import { ApiRefused, requestJson } from '../../../lib/public-api.ts';
import { paths } from '../../../config/paths.ts';
import type { CannotCheckReason, OfflineCheck } from '../offline/offline-check.ts';
import { cardLinkIn } from '../card-link.ts';
import { rememberedPartner, rememberFromAnswer } from '../remembered.ts';

export type CardCheckInput = { token: string } | { cardNumber: string };

/** What the verify page shows after a check. */
export type CardCheck =
  /** The API's answer. */
  | { kind: 'online'; answer: VerifyResult; checkedAt: Date }
  /** No connection: checked on this phone against the saved keys and status list. */
  | { kind: 'offline'; answer: Exclude<OfflineCheck, { result: 'cannot_check' }>; checkedAt: Date }
  /** Not checked at all, and why: never shown as valid or not valid. */
  | { kind: 'not-checked'; reason: NotCheckedReason; retryAfter?: number; refusal?: Pick<ApiRefused, 'code' | 'message'> };

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
        : { kind: 'not-checked', reason: 'refused', refusal: { code: error.code, message: error.message } };
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

/**
 * Opened from a card's QR link (/v#token): the page's first job is that
 * card's verdict. Its check starts as this code loads, while the page is
 * still being drawn, and background work waits until its answer is shown.
 */
const openedWith = window.location.pathname.replace(/\/$/, '') === paths.verify.path ? cardLinkIn(window.location) : {};
const releaseFirstCheck = openedWith.token ? holdBackgroundWork() : () => undefined;
let earlyCheck: { token: string; answer: Promise<CardCheck> } | undefined = openedWith.token
  ? { token: openedWith.token, answer: checkCard({ token: openedWith.token }, openedWith.partnerCode ?? rememberedPartner()?.code) }
  : undefined;

/** The check of `input`: the one started at load for the same token, or a new one. */
function startCheck(input: CardCheckInput): Promise<CardCheck> {
  const early = earlyCheck;
  earlyCheck = undefined;
  if (early && 'token' in input && input.token === early.token) return early.answer;
  return checkCard(input, rememberedPartner()?.code);
}

export type CardCheckState = {
  /** Starts a check; a check already running is forgotten (its answer is never shown). */
  mutate(input: CardCheckInput): void;
  reset(): void;
  isIdle: boolean;
  isPending: boolean;
  data: CardCheck | undefined;
  variables: CardCheckInput | undefined;
};

/**
 * One card check at a time, for the verify page: what is being checked and
 * its answer. (A query library would do this too, but it would be a tenth of
 * the page's first download.) An online answer's issuer and partner are
 * remembered on this phone (remembered.ts).
 */
export function useCardCheck(): CardCheckState {
  const [state, setState] = useState<{ input?: CardCheckInput; data?: CardCheck; pending: boolean }>({ pending: false });
  const latest = useRef(0);
  const mutate = useCallback((input: CardCheckInput) => {
    const run = ++latest.current;
    setState({ input, pending: true });
    const checked = startCheck(input).catch((): CardCheck => ({ kind: 'not-checked', reason: 'no-data' }));
    void checked.then((data) => {
      if (run !== latest.current) return;
      if (data.kind === 'online') rememberFromAnswer(data.answer);
      setState({ input, data, pending: false });
      // After this answer is drawn.
      requestAnimationFrame(() => setTimeout(releaseFirstCheck, 0));
    });
  }, []);
  const reset = useCallback(() => {
    latest.current++;
    setState({ pending: false });
  }, []);
  return {
    mutate,
    reset,
    isIdle: !state.pending && state.data === undefined,
    isPending: state.pending,
    data: state.data,
    variables: state.input,
  };
}
