import { useLocation } from 'react-router';
import { Alert } from './alert.tsx';

/**
 * A one-line success message carried to the next page in the history state
 * (`navigate(to, { state: noticeState('Card issued.') })`), so that page
 * can confirm what just happened.
 */
export function noticeState(notice: string): { notice: string } {
  return { notice };
}

export function FlashNotice() {
  const { state } = useLocation() as { state: unknown };
  const notice =
    state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string' ? state.notice : null;
  return notice ? <Alert tone="success">{notice}</Alert> : null;
}
