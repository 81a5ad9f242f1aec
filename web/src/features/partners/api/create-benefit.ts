import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BenefitResponse, BenefitView, CreateBenefitBody } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { refreshBenefits } from './get-benefits.ts';

/**
 * Admins only. 400 VALIDATION_FAILED names the field at fault: `maxAge` below
 * `minAge`, `validTo` before `validFrom`, a date that does not exist.
 */
export async function createBenefit(body: CreateBenefitBody): Promise<BenefitView> {
  const { benefit } = await api.post<BenefitResponse>('/api/benefits', body);
  return benefit;
}

export function useCreateBenefit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createBenefit, onSuccess: (benefit) => refreshBenefits(queryClient, benefit.partnerId) });
}
