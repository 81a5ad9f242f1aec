import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SecuritySettings } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { securitySettingsKeys } from '../../../lib/query-keys.ts';

export function useSecuritySettings() {
  return useQuery({ queryKey: securitySettingsKeys.all, queryFn: ({ signal }) => api.get<SecuritySettings>('/api/staff/security-settings', { signal }) });
}

export function useSaveSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: SecuritySettings) => api.put<SecuritySettings>('/api/staff/security-settings', settings),
    onSuccess: (settings) => queryClient.setQueryData(securitySettingsKeys.all, settings),
  });
}
