import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyCard } from '../../../../../../api/src/my-card/schemas.ts';
import { MY_CARD_CACHE } from '../../../config/offline-caches.ts';
import { ApiRefused, requestJson } from '../../../lib/public-api.ts';
import { myCardKeys } from '../../../../lib/query-keys.ts';

/**
 * A young carer's own endpoints (/api/my). The phone's device cookie
 * (httpOnly, path /api/my) goes with these calls and no others.
 */
const withCookie = { credentials: 'same-origin' } as const;

export type MyCardAnswer = {
  card: MyCard;
  /** The answer is the copy saved on this phone (offline, or the network was too slow). */
  savedCopy: boolean;
};

/** A fresh answer is seconds old; one older than this came from the phone's saved copy. */
const SAVED_COPY_AFTER_MS = 2 * 60_000;

/** Signed out (by staff, or never signed in): the phone forgets the card it kept. */
export async function forgetSavedCard(): Promise<void> {
  if ('caches' in window) await caches.delete(MY_CARD_CACHE).catch(() => false);
}

export async function getMyCard(): Promise<MyCardAnswer> {
  try {
    const { body } = await requestJson<MyCard>('/api/my/card', withCookie);
    return { card: body, savedCopy: !navigator.onLine || Date.now() - new Date(body.asOf).getTime() > SAVED_COPY_AFTER_MS };
  } catch (error) {
    if (error instanceof ApiRefused && error.status === 401) await forgetSavedCard();
    throw error;
  }
}

export const myCardQuery = queryOptions({
  queryKey: myCardKeys.card(),
  queryFn: getMyCard,
  // A new card issued by staff, or a freeze lifted, shows within a minute (and on returning to the page).
  refetchInterval: 60_000,
  retry: false,
});

export function useMyCard() {
  return useQuery(myCardQuery);
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string; dateOfBirth: string }) =>
      requestJson<{ signedIn: true }>('/api/my/sign-in', { ...withCookie, method: 'POST', body: JSON.stringify(body) }),
    onSuccess: () => client.invalidateQueries({ queryKey: myCardQuery.queryKey }),
  });
}

export function useReportLost() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => (await requestJson<MyCard>('/api/my/card/lost', { ...withCookie, method: 'POST' })).body,
    onSuccess: (card) => client.setQueryData(myCardQuery.queryKey, { card, savedCopy: false }),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const response = await fetch('/api/my/sign-out', { method: 'POST', credentials: 'same-origin' });
      if (!response.ok && response.status !== 401) throw new Error('Could not remove the card from this phone. Try again.');
    },
    onSuccess: async () => {
      await forgetSavedCard();
      client.removeQueries({ queryKey: myCardQuery.queryKey });
      await client.invalidateQueries({ queryKey: myCardQuery.queryKey });
    },
  });
}
