import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnerResponse, PartnerView, UpdatePartnerBody } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storePartner } from './get-partner.ts';

/**
 * Admins only. Sends only what changed. `active: false` takes the partner and
 * its benefits out of verify answers and the public directory at once.
 */
export async function updatePartner({ id, changes }: { id: string; changes: UpdatePartnerBody }): Promise<PartnerView> {
  const { partner } = await api.patch<PartnerResponse>(`/api/partners/${encodeURIComponent(id)}`, changes);
  return partner;
}

export function useUpdatePartner() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updatePartner, onSuccess: (partner) => storePartner(queryClient, partner) });
}
