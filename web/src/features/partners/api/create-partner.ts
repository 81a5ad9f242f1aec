import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePartnerBody, PartnerResponse, PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storePartner } from './get-partner.ts';

/** Admins only. 409 PARTNER_NAME_TAKEN (field `name`); 400 VALIDATION_FAILED names the field at fault. */
export async function createPartner(body: CreatePartnerBody): Promise<PartnerView> {
  const { partner } = await api.post<PartnerResponse>('/api/partners', body);
  return partner;
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPartner, onSuccess: (partner) => storePartner(queryClient, partner) });
}
