import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import type { NewCardTerms } from '../../../../../api/src/holders/schemas.ts';
import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { RadioGroupField } from '../../../components/ui/field.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { paths } from '../../../config/paths.ts';
import { translate } from '../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
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

/** Why a new card ends when it does, in words, in the page's language. */
export function expiryReason(terms: NewCardTerms): string {
  return terms.endsBecause === 'age_limit'
    ? translate('cards.issue.endsAtAgeLimit', { maxAge: terms.maxAge })
    : translate('cards.issue.lasts', { months: terms.validityMonths });
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
  const { t } = useTranslation();
  const issue = useIssueCard();
  const navigate = useNavigate();
  const layoutId = `issue-card-layout-${holderId}`;
  // The API refused the layout chosen (removed meanwhile, say): back to the choice, with the message beside it.
  const layoutError = issue.error instanceof ApiError && issue.error.field === 'template' ? errorMessage(issue.error) : undefined;
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
        {t('cards.issue.hasCurrent', { number: current.number })}
      </p>
    );
  }

  if (newCard.endsBecause === 'too_old' || newCard.expiresOn === null) {
    return (
      <Alert tone="warning" title={t('cards.issue.tooOldTitle')}>
        <p>{t('cards.issue.tooOld', { maxAge: newCard.maxAge })}</p>
      </Alert>
    );
  }
  const expiresOn = newCard.expiresOn;
  const days = daysLeft(expiresOn);

  function choose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('template');
    issue.reset();
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
          navigate(paths.cards.detail.getHref(card.id), { state: noticeState(t('cards.issue.done', { date: formatCalendarDate(card.expiresOn) })) });
        },
        onError: (error) => {
          // A definite "no" from the API ends this attempt; a lost answer keeps the key for the retry.
          if (!isRetryableIssueError(error)) attemptKey.current = null;
          if (error instanceof ApiError && error.field === 'template') setChecking(null);
        },
      },
    );
  }

  const defaultLayout = layouts.some((layout) => layout.id === DEFAULT_LAYOUT) ? DEFAULT_LAYOUT : layouts[0]?.id;

  if (checking && !layoutError) {
    const layout = layouts.find((candidate) => candidate.id === (checking.template ?? defaultLayout));
    return (
      <section className="issue-card check-answers" aria-labelledby="issue-check-title">
        <h3 id="issue-check-title" ref={checkTitle} tabIndex={-1}>
          {t('cards.issue.checkTitle')}
        </h3>
        {issue.error ? (
          <Alert tone="error" title={t('cards.issue.failed')}>
            {errorMessage(issue.error)}
          </Alert>
        ) : null}
        {days < SHORT_CARD_DAYS ? (
          <Alert tone="warning" title={t('cards.issue.short', { days })}>
            <p>{t('cards.issue.shortCheck')}</p>
          </Alert>
        ) : null}
        <dl className="facts">
          <div>
            <dt>{t('cards.issue.validUntil')}</dt>
            <dd>
              {formatCalendarDate(expiresOn)}
              <span className="fact-note">{expiryReason(newCard)}</span>
            </dd>
          </div>
          {layout ? (
            <div>
              <dt>{t('cards.issue.layout')}</dt>
              <dd>{layoutName(layout)}</dd>
            </div>
          ) : null}
        </dl>
        <div className="button-row">
          <button type="button" className="button" disabled={issue.isPending} onClick={() => send(checking.template)}>
            {issue.isPending ? t('cards.issue.pending') : t('cards.issue.submit')}
          </button>
          <button type="button" className="button button--secondary" disabled={issue.isPending} onClick={() => setChecking(null)}>
            {t('cards.issue.change')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="issue-card" onSubmit={choose} aria-label={t('cards.issue.formLabel')} noValidate>
      {layoutError ? <ErrorSummary items={[{ message: layoutError, fieldId: layoutId, fieldName: 'template' }]} focusKey={0} refusal={issue.error} /> : null}
      {layoutError && layouts.length <= 1 ? (
        <Alert tone="error" title={t('cards.issue.failed')}>
          {layoutError}
        </Alert>
      ) : null}
      {layouts.length > 1 ? (
        <RadioGroupField
          legend={t('cards.issue.layoutLegend')}
          name="template"
          id={layoutId}
          defaultValue={checking?.template ?? defaultLayout}
          error={layoutError}
          hint={t('cards.issue.layoutHint')}
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
          {t('cards.issue.submit')}
        </button>
        <span className="muted small">{cards.length > 0 ? t('cards.issue.noCurrent') : t('cards.issue.noneYet')}</span>
      </div>
    </form>
  );
}
