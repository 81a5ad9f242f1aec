import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImportCardsPlan, ImportCardsResult, ImportJobList, ImportJobResponse, ImportJobView, ImportRowList, ImportRowView, MapImportBody, UpdateImportRowBody,
} from '../../../../../api/src/imports/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { holderKeys, importKeys } from '../../../lib/query-keys.ts';
import { saveFile } from '../../../lib/save-file.ts';

/** Polled every second while the import runs: the job's state is in the database, so a reload picks it up. */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKeys.detail(id),
    queryFn: async ({ signal }) => (await api.get<ImportJobResponse>(`/api/imports/${encodeURIComponent(id)}`, { signal })).job,
    refetchInterval: (query) => (query.state.data?.status === 'running' || query.state.data?.cards.status === 'running' ? 1000 : false),
  });
}

export function useImports() {
  return useQuery({ queryKey: importKeys.list(), queryFn: async ({ signal }) => (await api.get<ImportJobList>('/api/imports', { signal })).items });
}

export function useImportRows(id: string, show: 'all' | 'problems', page: number, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.rows(id, show, page),
    queryFn: ({ signal }) => api.get<ImportRowList>(`/api/imports/${encodeURIComponent(id)}/rows`, { signal, query: { show, page, pageSize: 25 } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** 400 IMPORT_FILE_INVALID (not a register we can read), 413 IMPORT_FILE_TOO_LARGE. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<ImportJobView> => {
      const form = new FormData();
      form.append('file', file, file.name);
      return (await api.post<ImportJobResponse>('/api/imports', form)).job;
    },
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: importKeys.list() });
    },
  });
}

function useStoreJob() {
  const queryClient = useQueryClient();
  return (job: ImportJobView) => {
    queryClient.setQueryData(importKeys.detail(job.id), job);
    void queryClient.invalidateQueries({ queryKey: importKeys.allRows(job.id) });
  };
}

export function useMapImport(id: string) {
  const store = useStoreJob();
  return useMutation({
    mutationFn: async (body: MapImportBody) => (await api.put<ImportJobResponse>(`/api/imports/${encodeURIComponent(id)}/mapping`, body)).job,
    onSuccess: store,
  });
}

export function useUpdateImportRow(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rowNumber, body }: { rowNumber: number; body: UpdateImportRowBody }) =>
      api.patch<ImportRowView>(`/api/imports/${encodeURIComponent(id)}/rows/${rowNumber}`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: importKeys.allRows(id) });
      void queryClient.invalidateQueries({ queryKey: importKeys.detail(id) });
    },
  });
}

export function useRunImport(id: string) {
  const store = useStoreJob();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.post<ImportJobResponse>(`/api/imports/${encodeURIComponent(id)}/run`)).job,
    onSuccess: (job) => {
      store(job);
      void queryClient.invalidateQueries({ queryKey: holderKeys.all });
    },
  });
}

/** The check-your-answers step before cards are issued for everyone imported; read only when asked for. */
export function useImportCardsPlan(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...importKeys.detail(id), 'cards-plan'],
    queryFn: ({ signal }) => api.get<ImportCardsPlan>(`/api/imports/${encodeURIComponent(id)}/cards/plan`, { signal }),
    enabled,
  });
}

/** Starts the stored card batch (once: starting again returns the same job); the import query then polls its progress. */
export function useStartImportCards(id: string) {
  const store = useStoreJob();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.post<ImportJobResponse>(`/api/imports/${encodeURIComponent(id)}/cards`)).job,
    onSuccess: (job) => {
      store(job);
      void queryClient.invalidateQueries({ queryKey: holderKeys.all });
    },
  });
}

/** The cards the batch issued (the print sheet's list), once it has finished. */
export function useImportCards(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...importKeys.detail(id), 'cards'],
    queryFn: ({ signal }) => api.get<ImportCardsResult>(`/api/imports/${encodeURIComponent(id)}/cards`, { signal }),
    enabled,
  });
}

export function useDownloadImportReport(id: string) {
  return useMutation({
    mutationFn: async () => saveFile(await api.getBlob(`/api/imports/${encodeURIComponent(id)}/report.csv`), 'import-report.csv'),
  });
}

/** Admins only; audited. */
export function useDownloadExport() {
  return useMutation({
    mutationFn: async (kind: 'holders' | 'cards') => saveFile(await api.getBlob(`/api/exports/${kind}.csv`), `${kind}.csv`),
  });
}
