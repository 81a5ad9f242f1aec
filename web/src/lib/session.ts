import { useSyncExternalStore } from 'react';
import type { StaffUser } from '../../../api/src/staff/schemas.ts';

/**
 * Who is signed in, as React sees it. The access token itself is not here:
 * it stays private to the api client (memory only, never storage).
 *
 * `restoring` lasts from page load until the first silent refresh answers.
 * `notice` is what the sign-in page says about how the last session ended.
 */
export type SessionState =
  | { status: 'restoring'; user: null; notice: null }
  /** `mfaEnrolmentRequired`: two-step sign-in is required and not set up; the app shows only its set-up page. */
  | { status: 'signed-in'; user: StaffUser; notice: null; mfaEnrolmentRequired: boolean }
  | { status: 'signed-out'; user: null; notice: string | null };

export const SESSION_ENDED_NOTICE = 'auth.notice.sessionEnded';
export const SIGNED_OUT_NOTICE = 'auth.notice.signedOut';

let state: SessionState = { status: 'restoring', user: null, notice: null };
const listeners = new Set<() => void>();

export function getSessionState(): SessionState {
  return state;
}

export function setSessionState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeToSession, getSessionState, getSessionState);
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useCurrentUser(): StaffUser {
  const session = useSession();
  if (session.status !== 'signed-in') throw new Error('useCurrentUser() used outside a signed-in route');
  return session.user;
}

export function isAdmin(user: StaffUser | null): boolean {
  return user?.role === 'admin';
}
