import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  CoProductionSettings,
  ConsultationList,
  ConsultationView,
  CreateConsultationBody,
  HolderTakePart,
  ModerateSuggestionBody,
  OutcomeBody,
  OutcomeList,
  OutcomeView,
  TakePartBody,
  StaffAnswerBody,
  SuggestionList,
  SuggestionView,
  TakePartList,
} from '../../../../../api/src/consultations/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { coProductionKeys, templateKeys } from '../../../lib/query-keys.ts';
import type { TemplateList } from '../../../../../api/src/templates/schemas.ts';

type Settings = Static<typeof CoProductionSettings>;
const enc = encodeURIComponent;

export const consultationsQueryOptions = () =>
  queryOptions({ queryKey: coProductionKeys.consultations(), queryFn: ({ signal }) => api.get<Static<typeof ConsultationList>>('/api/consultations', { signal }) });
export const useConsultations = () => useQuery(consultationsQueryOptions());

export const consultationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: coProductionKeys.consultation(id),
    queryFn: async ({ signal }) => (await api.get<{ consultation: ConsultationView }>(`/api/consultations/${enc(id)}`, { signal })).consultation,
  });
export const useConsultation = (id: string) => useQuery(consultationQueryOptions(id));

/** A card-design option drawn by the real card renderer (sample details), as a PDF. */
export const useOptionPreview = (consultationId: string, optionId: string) =>
  useQuery({
    queryKey: coProductionKeys.optionPreview(consultationId, optionId),
    queryFn: ({ signal }) => api.getBlob(`/api/consultations/${enc(consultationId)}/options/${enc(optionId)}/preview`, { signal }),
    refetchOnWindowFocus: false,
  });

/** A picture option's image, as the server re-encoded it (JPEG). */
export const useOptionImage = (consultationId: string, optionId: string) =>
  useQuery({
    queryKey: coProductionKeys.optionImage(consultationId, optionId),
    queryFn: ({ signal }) => api.getBlob(`/api/consultations/${enc(consultationId)}/options/${enc(optionId)}/image`, { signal }),
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });

export function useCreateConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateConsultationBody) => (await api.post<{ consultation: ConsultationView }>('/api/consultations', body)).consultation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coProductionKeys.consultations() }),
  });
}

export function useRecordAnswer(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StaffAnswerBody) => (await api.post<{ consultation: ConsultationView }>(`/api/consultations/${enc(consultationId)}/answers`, body)).consultation,
    onSuccess: (consultation) => {
      queryClient.setQueryData(coProductionKeys.consultation(consultationId), consultation);
      return queryClient.invalidateQueries({ queryKey: coProductionKeys.consultations(), exact: true });
    },
  });
}

export const useSuggestions = () =>
  useQuery({ queryKey: coProductionKeys.suggestions(), queryFn: ({ signal }) => api.get<Static<typeof SuggestionList>>('/api/suggestions', { signal }) });

export function useModerateSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: { id: string } & ModerateSuggestionBody) => (await api.post<{ suggestion: SuggestionView }>(`/api/suggestions/${enc(id)}/moderate`, body)).suggestion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coProductionKeys.suggestions() }),
  });
}

export const useOutcomes = () => useQuery({ queryKey: coProductionKeys.outcomes(), queryFn: ({ signal }) => api.get<Static<typeof OutcomeList>>('/api/outcomes', { signal }) });

export function useSaveOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: { id?: string } & OutcomeBody) =>
      (id ? await api.put<{ outcome: OutcomeView }>(`/api/outcomes/${enc(id)}`, body) : await api.post<{ outcome: OutcomeView }>('/api/outcomes', body)).outcome,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coProductionKeys.outcomes() }),
  });
}

export const useTakePart = () => useQuery({ queryKey: coProductionKeys.takePart(), queryFn: ({ signal }) => api.get<Static<typeof TakePartList>>('/api/take-part', { signal }) });

/** One young carer's wish to take part, for their page. */
export const useHolderTakePart = (holderId: string) =>
  useQuery({ queryKey: coProductionKeys.holderTakePart(holderId), queryFn: ({ signal }) => api.get<HolderTakePart>(`/api/holders/${enc(holderId)}/take-part`, { signal }) });

/** Staff record a wish to take part told to them (by phone, email or in person); it joins the follow-up list. */
export function useRegisterTakePart(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TakePartBody) => api.put<unknown>(`/api/holders/${enc(holderId)}/take-part`, body),
    // The prefix covers this holder's entry and the follow-up list.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coProductionKeys.takePart() }),
  });
}

export function useMarkFollowedUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<null>(`/api/take-part/${enc(id)}/followed-up`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coProductionKeys.takePart() }),
  });
}

export const useCoProductionSettings = () =>
  useQuery({ queryKey: coProductionKeys.settings(), queryFn: async ({ signal }) => (await api.get<{ settings: Settings }>('/api/settings/co-production', { signal })).settings });

export function useUpdateCoProductionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (settings: Settings) => (await api.put<{ settings: Settings }>('/api/settings/co-production', settings)).settings,
    onSuccess: (settings) => queryClient.setQueryData(coProductionKeys.settings(), settings),
  });
}

/** The card templates a card-design option can show (the same list as the template gallery, same key). */
export const useCardTemplates = () =>
  useQuery({
    queryKey: templateKeys.list(),
    queryFn: ({ signal }) => api.get<TemplateList>('/api/templates', { signal }),
    staleTime: 5 * 60_000,
    select: (list) => list.items.filter((item) => item.kind === 'card'),
  });
