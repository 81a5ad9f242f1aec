import { useRef } from 'react';
import { useNavigate } from 'react-router';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newIdempotencyKey } from '../../../lib/idempotency-key.ts';
import { isRetryableIssueError, useIssueCard } from '../api/issue-card.ts';

/**
 * "Issue card", when the young carer has no current (active or suspended)
 * card. One idempotency key per attempt: pressing again after the answer was
 * lost sends the same key, so the API still makes only one card.
 */
export function IssueCard({ holderId, cards }: { holderId: string; cards: CardView[] }) {
  const issue = useIssueCard();
  const navigate = useNavigate();
  const attemptKey = useRef<string | null>(null);
  const current = cards.find((card) => card.status === 'active' || card.status === 'suspended');

  if (current) {
    return (
      <p className="muted">
        They have a current card ({current.number}). To replace it, open the card and reissue or renew it.
      </p>
    );
  }

  function send() {
    attemptKey.current ??= newIdempotencyKey();
    issue.mutate(
      { holderId, idempotencyKey: attemptKey.current },
      {
        onSuccess: (card) => {
          attemptKey.current = null;
          navigate(paths.cards.detail.getHref(card.id), { state: noticeState('Card issued.') });
        },
        onError: (error) => {
          // A definite "no" from the API ends this attempt; a lost answer keeps the key for the retry.
          if (!isRetryableIssueError(error)) attemptKey.current = null;
        },
      },
    );
  }

  return (
    <div className="issue-card">
      {issue.error ? (
        <Alert tone="error" title="Could not issue a card">
          {errorMessage(issue.error)}
        </Alert>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={send} disabled={issue.isPending}>
          {issue.isPending ? 'Issuing…' : 'Issue card'}
        </button>
        <span className="muted small">
          {cards.length > 0 ? 'They have no current card.' : 'They have not had a card yet.'}
        </span>
      </div>
    </div>
  );
}
