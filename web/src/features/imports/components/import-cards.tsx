import { useId, useState, type ReactNode } from 'react';
import type { ImportJobView } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useImportCards, useImportCardsPlan, useStartImportCards } from '../api/imports-api.ts';

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
  const { t } = useTranslation();
  const cardCount = (count: number) => t('imports.cards.cardCount', { count });
  const carerCount = (count: number) => t('imports.cards.carerCount', { count });
  return (
    <>
      <h3 className="print-sheets__title import-cards-title">{t('imports.cards.title')}</h3>
      {status === 'not_started' && !checking ? (
        <>
          <p>{t('imports.cards.lead')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setChecking(true)}>
              {t('imports.cards.issueFor', { count: job.cards.total })}
            </button>
          </div>
        </>
      ) : null}
      {status === 'not_started' && checking ? (
        plan.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <Alert tone="error" title={t('imports.cards.planFailed')}>
            {errorMessage(plan.error)}
          </Alert>
        ) : (
          <section aria-labelledby="cards-check-title">
            <h4 id="cards-check-title">{t('imports.cards.checkTitle')}</h4>
            <dl className="facts">
              <div>
                <dt>{t('imports.cards.toIssue')}</dt>
                <dd>{cardCount(plan.data.toIssue)}</dd>
              </div>
              <div>
                <dt>{t('imports.cards.lasts')}</dt>
                <dd>{t('imports.cards.lastsValue', { months: plan.data.validityMonths, maxAge: plan.data.maxAge })}</dd>
              </div>
              <div>
                <dt>{t('imports.cards.skippedHaveCard')}</dt>
                <dd>{carerCount(plan.data.alreadyHaveCard)}</dd>
              </div>
              <div>
                <dt>{t('imports.cards.skippedTooOld', { maxAge: plan.data.maxAge })}</dt>
                <dd>{carerCount(plan.data.tooOld)}</dd>
              </div>
              {plan.data.erased > 0 ? (
                <div>
                  <dt>{t('imports.cards.skippedErased')}</dt>
                  <dd>{carerCount(plan.data.erased)}</dd>
                </div>
              ) : null}
              {plan.data.sameYoungCarer > 0 ? (
                <div>
                  <dt>{t('imports.cards.sameYoungCarer')}</dt>
                  <dd>{t('imports.cards.number', { count: plan.data.sameYoungCarer })}</dd>
                </div>
              ) : null}
            </dl>
            <div className="button-row">
              <button type="button" className="button" disabled={start.isPending || plan.data.toIssue === 0} onClick={() => start.mutate()}>
                {start.isPending ? t('imports.cards.starting') : t('imports.cards.issue', { count: plan.data.toIssue })}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setChecking(false)}>
                {t('imports.cards.cancel')}
              </button>
            </div>
            {start.isError ? (
              <Alert tone="error" title={t('imports.cards.startFailed')}>
                {errorMessage(start.error)}
              </Alert>
            ) : null}
          </section>
        )
      ) : null}
      {status === 'running' ? (
        <>
          <label htmlFor={progressId} className="field__label">
            {t('imports.cards.progress')}
          </label>
          <progress id={progressId} className="print-progress__bar" max={Math.max(job.cards.total, 1)} value={job.cards.done}>
            {t('imports.job.progressValue', { done: job.cards.done, total: job.cards.total })}
          </progress>
          <p role="status">{t('imports.cards.progressText', { done: job.cards.done, total: job.cards.total, issued: job.cards.issued })}</p>
        </>
      ) : null}
      {status === 'done' ? (
        cards.isPending ? (
          <Loading />
        ) : cards.isError ? (
          <Alert tone="error" title={t('imports.cards.loadFailed')}>
            {errorMessage(cards.error)}
          </Alert>
        ) : (
          <>
            <Alert tone="success" title={t('imports.cards.issued', { count: cards.data.issued })}>
              {cards.data.alreadyHadCard > 0 ? <p>{t('imports.cards.alreadyHad', { count: cards.data.alreadyHadCard })}</p> : null}
              {cards.data.refused.length > 0 ? (
                <>
                  <p>{t('imports.cards.noCardFor')}</p>
                  <ul>
                    {cards.data.refused.map((refusal) => (
                      <li key={refusal.rowNumber}>
                        {t('imports.cards.refusal', { row: refusal.rowNumber, message: refusal.message })}
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
