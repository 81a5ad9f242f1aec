import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactMethod, MyHaveYourSay, SuggestionKind, YouSaidWeDid } from '../../../../../../api/src/consultations/schemas.ts';
import { myCardKeys, youSaidWeDidKeys } from '../../../../lib/query-keys.ts';
import { ApiRefused, ApiUnreachable, REQUEST_TIMEOUT_MS, requestJson } from '../../../lib/public-api.ts';

/** The young carer's own calls carry the device cookie (path /api/my); nothing else does. */
const withCookie = { credentials: 'same-origin' } as const;
const enc = encodeURIComponent;

export function useMyHaveYourSay() {
  return useQuery({ queryKey: myCardKeys.haveYourSay(), queryFn: async () => (await requestJson<MyHaveYourSay>('/api/my/have-your-say', withCookie)).body, retry: false });
}

export function useAnswer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ consultationId, optionId }: { consultationId: string; optionId: string }) =>
      requestJson<{ answered: true }>(`/api/my/consultations/${enc(consultationId)}/answer`, { ...withCookie, method: 'POST', body: JSON.stringify({ optionId }) }),
    // Also after ALREADY_ANSWERED (another phone of theirs): the page then says it was answered.
    onSettled: () => client.invalidateQueries({ queryKey: myCardKeys.haveYourSay() }),
  });
}

export function useSuggest() {
  return useMutation({
    mutationFn: (body: { kind: SuggestionKind; text: string }) => requestJson<{ received: true }>('/api/my/suggestions', { ...withCookie, method: 'POST', body: JSON.stringify(body) }),
  });
}

export function useTakePart() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (contactBy: ContactMethod[]) => requestJson('/api/my/take-part', { ...withCookie, method: 'PUT', body: JSON.stringify({ contactBy }) }),
    onSuccess: () => client.invalidateQueries({ queryKey: myCardKeys.haveYourSay() }),
  });
}

/** A card-design option drawn by the real card renderer with sample details (never the young carer's own), as a PDF. */
export function useOptionPreview(consultationId: string, optionId: string) {
  return useQuery({
    queryKey: myCardKeys.optionPreview(consultationId, optionId),
    queryFn: async () => {
      const response = await fetch(`/api/my/consultations/${enc(consultationId)}/options/${enc(optionId)}/preview`, { ...withCookie, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS * 2) }).catch(() => {
        throw new ApiUnreachable('Could not reach the server.');
      });
      if (!response.ok) throw new ApiRefused(response.status, `HTTP_${response.status}`, 'The card could not be drawn.');
      return response.blob();
    },
    staleTime: Infinity,
    retry: false,
  });
}

export function useYouSaidWeDid() {
  return useQuery({ queryKey: youSaidWeDidKeys.all(), queryFn: async () => (await requestJson<YouSaidWeDid>('/api/you-said-we-did')).body });
}
