import { formatLongDate } from '../../../lib/format.ts';
import type { CardCheck } from '../api/check-card.ts';
import { notCheckedTitle } from './not-checked-screen.tsx';

/** What the live region says when an answer arrives: the same facts the screen shows, in one sentence. */
export function announcementFor(check: CardCheck): string {
  if (check.kind === 'not-checked') return `Card not checked. ${notCheckedTitle(check.reason)}`;
  const offline = check.kind === 'offline' ? ' Checked offline.' : '';
  const answer = check.answer;
  switch (answer.result) {
    case 'valid':
      return `Valid card. ${answer.givenName}. Valid until ${formatLongDate(answer.expiresOn)}.${offline}`;
    case 'expired':
      return `Expired card. ${answer.givenName}. Expiry date ${formatLongDate(answer.expiresOn)}. Ask them to renew it.${offline}`;
    default:
      return `Not valid. Do not accept this card.${offline}`;
  }
}
