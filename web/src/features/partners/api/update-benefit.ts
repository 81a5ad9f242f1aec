import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BenefitResponse, BenefitView, UpdateBenefitBody } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { refreshBenefits } from './get-benefits.ts';

/** Admins only. Sends only what changed; null clears an age limit or a date. Ranges are checked against the saved benefit. */
export async function updateBenefit({ id, changes }: { id: string; changes: UpdateBenefitBody }): Promise<BenefitView> {
  const { benefit } = await api.patch<BenefitResponse>(`/api/benefits/${encodeURIComponent(id)}`, changes);
  return benefit;
}

export function useUpdateBenefit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateBenefit, onSuccess: (benefit) => refreshBenefits(queryClient, benefit.partnerId) });
}
