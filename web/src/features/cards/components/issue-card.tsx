import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import type { NewCardTerms } from '../../../../../api/src/holders/schemas.ts';
import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { RadioGroupField } from '../../../components/ui/field.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';
import { newIdempotencyKey } from '../../../lib/idempotency-key.ts';
import { isRetryableIssueError, useIssueCard } from '../api/issue-card.ts';
import { cardLayouts, DEFAULT_LAYOUT, layoutName } from './card-layouts.ts';

/** A card lasting less than this is called out before it is issued. */
const SHORT_CARD_DAYS = 90;

/** Days from today (UTC calendar days) to a card's last day, inclusive. */
function daysLeft(expiresOn: string, now = new Date()): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${expiresOn}T00:00:00Z`) - today) / 86_400_000) + 1;
}

/** Why a new card ends when it does, in words. */
export function expiryReason(terms: NewCardTerms): string {
  return terms.endsBecause === 'age_limit'
    ? `Cards are for young carers under ${terms.maxAge}, so it ends in the month before they turn ${terms.maxAge}.`
    : `Cards last ${terms.validityMonths} months.`;
}

/**
 * "Issue card", when the young carer has no current (active or suspended)
 * card, with a choice of layout (standard unless they need large print).
 * Issuing asks first (check your answers): the layout, the last day the
 * card is valid and why, with a warning when it is short. A young carer too
 * old for a card is told so before anyone presses anything.
 * One idempotency key per attempt: pressing again after the answer was lost
 * sends the same key, so the API still makes only one card.
 */
export function IssueCard({
  holderId,
  cards,
  templates,
  newCard,
}: {
  holderId: string;
  cards: CardView[];
  /** What a card issued today would be (from the young carer's record). */
  newCard: NewCardTerms;
  /** The layouts (GET /api/templates), or undefined while they are not known: the card then gets the default one. */
  templates: TemplateSummary[] | undefined;
}) {
  const issue = useIssueCard();
  const navigate = useNavigate();
  const attemptKey = useRef<{ key: string; template: string | undefined } | null>(null);
  const current = cards.find((card) => card.status === 'active' || card.status === 'suspended');
  const layouts = cardLayouts(templates);
  /** The layout chosen, once "Continue" is pressed: the check step shows. */
  const [checking, setChecking] = useState<{ template: string | undefined } | null>(null);
  const checkTitle = useRef<HTMLHeadingElement>(null);
  // The check step replaces the form: take the cursor there, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (checking) checkTitle.current?.focus();
  }, [checking]);

  if (current) {
    return (
      <p className="muted">
        They have a current card ({current.number}). To replace it, open the card and reissue or renew it.
      </p>
    );
  }

  if (newCard.endsBecause === 'too_old' || newCard.expiresOn === null) {
    return (
      <Alert tone="warning" title="They are too old for a card">
        <p>
          Cards are for young carers under {newCard.maxAge}, and end in the month before that birthday. Check the date of birth on their record: if it
          is right, they cannot have a new card.
        </p>
      </Alert>
    );
  }
  const expiresOn = newCard.expiresOn;
  const days = daysLeft(expiresOn);

  function choose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('template');
    setChecking({ template: typeof chosen === 'string' && chosen ? chosen : undefined });
  }

  function send(template: string | undefined) {
    // Another layout is another request: it needs a key of its own.
    const previous = attemptKey.current;
    const attempt = previous && previous.template === template ? previous : { key: newIdempotencyKey(), template };
    attemptKey.current = attempt;
    issue.mutate(
      { holderId, idempotencyKey: attempt.key, body: template ? { template } : {} },
      {
        onSuccess: (card) => {
          attemptKey.current = null;
          navigate(paths.cards.detail.getHref(card.id), { state: noticeState(`Card issued. It is valid until ${formatCalendarDate(card.expiresOn)}.`) });
        },
        onError: (error) => {
          // A definite "no" from the API ends this attempt; a lost answer keeps the key for the retry.
          if (!isRetryableIssueError(error)) attemptKey.current = null;
        },
      },
    );
  }

  const defaultLayout = layouts.some((layout) => layout.id === DEFAULT_LAYOUT) ? DEFAULT_LAYOUT : layouts[0]?.id;

  if (checking) {
    const layout = layouts.find((candidate) => candidate.id === (checking.template ?? defaultLayout));
    return (
      <section className="issue-card check-answers" aria-labelledby="issue-check-title">
        <h3 id="issue-check-title" ref={checkTitle} tabIndex={-1}>Check before you issue the card</h3>
        {issue.error ? (
          <Alert tone="error" title="Could not issue a card">
            {errorMessage(issue.error)}
          </Alert>
        ) : null}
        {days < SHORT_CARD_DAYS ? (
          <Alert tone="warning" title={`This card lasts only ${days} ${days === 1 ? 'day' : 'days'}`}>
            <p>Check the date of birth on their record before you issue it.</p>
          </Alert>
        ) : null}
        <dl className="facts">
          <div>
            <dt>Valid until</dt>
            <dd>
              {formatCalendarDate(expiresOn)}
              <span className="fact-note">{expiryReason(newCard)}</span>
            </dd>
          </div>
          {layout ? (
            <div>
              <dt>Layout</dt>
              <dd>{layoutName(layout)}</dd>
            </div>
          ) : null}
        </dl>
        <div className="button-row">
          <button type="button" className="button" disabled={issue.isPending} onClick={() => send(checking.template)}>
            {issue.isPending ? 'Issuing…' : 'Issue card'}
          </button>
          <button type="button" className="button button--secondary" disabled={issue.isPending} onClick={() => setChecking(null)}>
            Change
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="issue-card" onSubmit={choose} aria-label="Issue a card">
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
        <button type="submit" className="button">
          Issue card
        </button>
        <span className="muted small">
          {cards.length > 0 ? 'They have no current card.' : 'They have not had a card yet.'}
        </span>
      </div>
    </form>
  );
}
