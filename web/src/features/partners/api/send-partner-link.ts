import { useMutation } from '@tanstack/react-query';
import type { PartnerView, SentPartnerLink } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Emails the partner link to the partner's contact through the outbox. 409 EMAIL_NOT_CONFIGURED without SMTP; 400 NO_CONTACT_EMAIL. */
export function sendPartnerLink(partner: Pick<PartnerView, 'id'>): Promise<SentPartnerLink> {
  return api.post<SentPartnerLink>(`/api/partners/${encodeURIComponent(partner.id)}/send-link`);
}

export function useSendPartnerLink() {
  return useMutation({ mutationFn: sendPartnerLink });
}
