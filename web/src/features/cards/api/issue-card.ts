import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardResponse, CardView, IssueCardBody } from '../../../../../api/src/cards/schemas.ts';
import { ApiError, api, NETWORK_ERROR } from '../../../lib/api-client.ts';
import { storeCard } from './card-cache.ts';

export type IssueCardInput = {
  holderId: string;
  /** One per attempt to issue (newIdempotencyKey()), the same on every retry: the API then makes one card, not two. */
  idempotencyKey: string;
  body?: IssueCardBody;
};

/** 409 HOLDER_HAS_CURRENT_CARD, 409 HOLDER_TOO_OLD: the API's message says what to do. */
export async function issueCard({ holderId, idempotencyKey, body = {} }: IssueCardInput): Promise<CardView> {
  const { card } = await api.post<CardResponse>(`/api/holders/${encodeURIComponent(holderId)}/cards`, body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return card;
}

/** Safe to retry when the answer was lost on the way: the idempotency key stops a second card. */
export function isRetryableIssueError(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === NETWORK_ERROR || error.status >= 500;
}

export function useIssueCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueCard,
    retry: (failureCount, error) => failureCount < 2 && isRetryableIssueError(error),
    onSuccess: (card) => storeCard(queryClient, card),
  });
}
