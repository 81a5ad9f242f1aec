import { useRef, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { RadioGroupField } from '../../../components/ui/field.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newIdempotencyKey } from '../../../lib/idempotency-key.ts';
import { isRetryableIssueError, useIssueCard } from '../api/issue-card.ts';
import { cardLayouts, DEFAULT_LAYOUT, layoutName } from './card-layouts.ts';

/**
 * "Issue card", when the young carer has no current (active or suspended)
 * card, with a choice of layout (standard unless they need large print).
 * One idempotency key per attempt: pressing again after the answer was lost
 * sends the same key, so the API still makes only one card.
 */
export function IssueCard({
  holderId,
  cards,
  templates,
}: {
  holderId: string;
  cards: CardView[];
  /** The layouts (GET /api/templates), or undefined while they are not known: the card then gets the default one. */
  templates: TemplateSummary[] | undefined;
}) {
  const issue = useIssueCard();
  const navigate = useNavigate();
  const attemptKey = useRef<{ key: string; template: string | undefined } | null>(null);
  const current = cards.find((card) => card.status === 'active' || card.status === 'suspended');
  const layouts = cardLayouts(templates);

  if (current) {
    return (
      <p className="muted">
        They have a current card ({current.number}). To replace it, open the card and reissue or renew it.
      </p>
    );
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('template');
    const template = typeof chosen === 'string' && chosen ? chosen : undefined;
    // Another layout is another request: it needs a key of its own.
    const previous = attemptKey.current;
    const attempt = previous && previous.template === template ? previous : { key: newIdempotencyKey(), template };
    attemptKey.current = attempt;
    issue.mutate(
      { holderId, idempotencyKey: attempt.key, body: template ? { template } : {} },
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

  const defaultLayout = layouts.some((layout) => layout.id === DEFAULT_LAYOUT) ? DEFAULT_LAYOUT : layouts[0]?.id;

  return (
    <form className="issue-card" onSubmit={send} aria-label="Issue a card">
      {issue.error ? (
        <Alert tone="error" title="Could not issue a card">
          {errorMessage(issue.error)}
        </Alert>
      ) : null}
      {layouts.length > 1 ? (
        <RadioGroupField
          legend="Card layout"
          name="template"
          defaultValue={defaultLayout}
          hint="You can change it later on the card’s page."
          options={layouts.map((layout) => ({
            value: layout.id,
            label: (
              <>
                {layoutName(layout)}
                <span className="cell-note">{layout.description}</span>
              </>
            ),
          }))}
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={issue.isPending}>
          {issue.isPending ? 'Issuing…' : 'Issue card'}
        </button>
        <span className="muted small">
          {cards.length > 0 ? 'They have no current card.' : 'They have not had a card yet.'}
        </span>
      </div>
    </form>
  );
}
