import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { DashboardReport } from '../../../../../api/src/reports/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { reportKeys } from '../../../lib/query-keys.ts';
import { saveFile } from '../../../lib/save-file.ts';

export const getDashboardReportQueryOptions = (months: number) =>
  queryOptions({
    queryKey: reportKeys.dashboard(months),
    queryFn: ({ signal }) => api.get<DashboardReport>('/api/reports/dashboard', { query: { months }, signal }),
  });

export function useDashboardReport(months: number) {
  return useQuery(getDashboardReportQueryOptions(months));
}

/** The CSV or PDF for a funder; each download is in the audit log. */
export function useDownloadReport() {
  return useMutation({
    mutationFn: async ({ format, months }: { format: 'csv' | 'pdf'; months: number }) => {
      const day = new Date().toISOString().slice(0, 10);
      saveFile(await api.getBlob(`/api/reports/dashboard.${format}`, { query: { months } }), `young-carer-cards-report-${day}.${format}`);
    },
  });
}
