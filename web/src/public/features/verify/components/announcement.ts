import { translate } from '../../../../i18n/start-i18n.ts';
import { formatCalendarDay } from '../../../../i18n/dates.ts';
import type { CardCheck } from '../api/check-card.ts';
import { notCheckedTitle } from './not-checked-screen.tsx';

/** What the live region says when an answer arrives: the same facts the screen shows, in one sentence, in the page's language. */
export function announcementFor(check: CardCheck): string {
  if (check.kind === 'not-checked') return translate('verify.announce.notChecked', { title: notCheckedTitle(check.reason) });
  const answer = check.answer;
  let sentence: string;
  switch (answer.result) {
    case 'valid':
      sentence = translate('verify.announce.valid', { name: answer.givenName, date: formatCalendarDay(answer.expiresOn) });
      break;
    case 'expired':
      sentence = translate('verify.announce.expired', { name: answer.givenName, date: formatCalendarDay(answer.expiresOn) });
      break;
    default:
      sentence = translate('verify.announce.notValid');
  }
  return check.kind === 'offline' ? `${sentence} ${translate('verify.announce.offline')}` : sentence;
}
