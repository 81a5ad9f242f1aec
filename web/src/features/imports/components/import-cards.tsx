import { useId, useState, type ReactNode } from 'react';
import type { ImportJobView } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useImportCards, useImportCardsPlan, useStartImportCards } from '../api/imports-api.ts';

const cardCount = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'card' : 'cards'}`;
const carerCount = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'young carer' : 'young carers'}`;

/**
 * Cards for everyone a finished import brought in: check your answers (how
 * many, the expiry rule, who is skipped and why), then a stored batch job
 * whose progress survives a reload, then the print sheet of exactly its cards.
 */
export function ImportCards({ job, renderPrint }: { job: ImportJobView; renderPrint: (cardIds: string[]) => ReactNode }) {
  const [checking, setChecking] = useState(false);
  const status = job.cards.status;
  const plan = useImportCardsPlan(job.id, checking && status === 'not_started');
  const start = useStartImportCards(job.id);
  const cards = useImportCards(job.id, status === 'done');
  const progressId = useId();
  return (
    <>
      <h3 className="print-sheets__title import-cards-title">Cards</h3>
      {status === 'not_started' && !checking ? (
        <>
          <p>A card for every young carer this import added, updated or found up to date, unless they already have a current card.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setChecking(true)}>
              Issue cards for {carerCount(job.cards.total)}
            </button>
          </div>
        </>
      ) : null}
      {status === 'not_started' && checking ? (
        plan.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <Alert tone="error" title="Could not check the cards">
            {errorMessage(plan.error)}
          </Alert>
        ) : (
          <section aria-labelledby="cards-check-title">
            <h4 id="cards-check-title">Check before issuing</h4>
            <dl className="facts">
              <div>
                <dt>Cards to issue</dt>
                <dd>{cardCount(plan.data.toIssue)}</dd>
              </div>
              <div>
                <dt>Each card lasts</dt>
                <dd>
                  {plan.data.validityMonths} months, or until the end of the month before the young carer turns {plan.data.maxAge}, whichever is sooner
                </dd>
              </div>
              <div>
                <dt>Skipped: already have a current card</dt>
                <dd>{carerCount(plan.data.alreadyHaveCard)}</dd>
              </div>
              <div>
                <dt>Skipped: {plan.data.maxAge} or older, too old for a card</dt>
                <dd>{carerCount(plan.data.tooOld)}</dd>
              </div>
              {plan.data.erased > 0 ? (
                <div>
                  <dt>Skipped: record erased since the import</dt>
                  <dd>{carerCount(plan.data.erased)}</dd>
                </div>
              ) : null}
              {plan.data.sameYoungCarer > 0 ? (
                <div>
                  <dt>Rows about a young carer another row is about (one card each)</dt>
                  <dd>{plan.data.sameYoungCarer.toLocaleString('en-GB')}</dd>
                </div>
              ) : null}
            </dl>
            <div className="button-row">
              <button type="button" className="button" disabled={start.isPending || plan.data.toIssue === 0} onClick={() => start.mutate()}>
                {start.isPending ? 'Starting…' : `Issue ${cardCount(plan.data.toIssue)}`}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setChecking(false)}>
                Cancel
              </button>
            </div>
            {start.isError ? (
              <Alert tone="error" title="Could not start issuing the cards">
                {errorMessage(start.error)}
              </Alert>
            ) : null}
          </section>
        )
      ) : null}
      {status === 'running' ? (
        <>
          <label htmlFor={progressId} className="field__label">
            Card progress
          </label>
          <progress id={progressId} className="print-progress__bar" max={Math.max(job.cards.total, 1)} value={job.cards.done}>
            {job.cards.done} of {job.cards.total}
          </progress>
          <p role="status">
            Issuing cards: {job.cards.done.toLocaleString('en-GB')} of {job.cards.total.toLocaleString('en-GB')} rows done, {cardCount(job.cards.issued)} issued. You can
            leave this page: the cards carry on, and this page shows where they are when you come back.
          </p>
        </>
      ) : null}
      {status === 'done' ? (
        cards.isPending ? (
          <Loading />
        ) : cards.isError ? (
          <Alert tone="error" title="Could not load the cards">
            {errorMessage(cards.error)}
          </Alert>
        ) : (
          <>
            <Alert tone="success" title={`${cardCount(cards.data.issued)} issued`}>
              {cards.data.alreadyHadCard > 0 ? <p>{carerCount(cards.data.alreadyHadCard)} already had a current card.</p> : null}
              {cards.data.refused.length > 0 ? (
                <>
                  <p>No card for:</p>
                  <ul>
                    {cards.data.refused.map((refusal) => (
                      <li key={refusal.rowNumber}>
                        Row {refusal.rowNumber}: {refusal.message}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </Alert>
            {cards.data.cardIds.length > 0 ? renderPrint(cards.data.cardIds) : null}
          </>
        )
      ) : null}
    </>
  );
}
