import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PrintSheetBody, PrintSheetCheck } from '../../../../../api/src/print-sheets/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DateField, dateFieldProblem } from '../../../components/ui/date-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate, todayAsCalendarDate } from '../../../lib/format-date.ts';
import { fullName } from '../../../lib/format-name.ts';
import { saveFile } from '../../../lib/save-file.ts';
import { useCheckPrintSheet } from '../api/check-print-sheet.ts';
import { usePrintSheet } from '../api/print-sheet.ts';
import { translate } from '../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

const count = (n: number) => translate('cards.sheets.count', { count: n });

/** How to print a sheet, said twice (before and after printing). */
function ActualSize() {
  const { rich } = useTranslation();
  return <>{rich('cards.sheets.actualSize')}</>;
}

/**
 * Bulk printing: the cards ticked in the list, or every current card issued
 * since a date. First a check step (how many cards and sheets, which cards
 * have no photo, how to print); then the PDF streams in, a progress bar
 * counts the cards done, and the browser saves the file.
 */
export function PrintSheets({ selectedIds, onClearSelection }: { selectedIds: string[]; onClearSelection: () => void }) {
  const { t, rich } = useTranslation();
  const { mutation, progress } = usePrintSheet();
  const check = useCheckPrintSheet();
  const [checking, setChecking] = useState<PrintSheetBody | null>(null);
  const [since, setSince] = useState(todayAsCalendarDate);
  const [sinceError, setSinceError] = useState<string | undefined>();
  /** Counts failed date checks: each one moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const progressId = useId();
  const printing = mutation.isPending || check.isPending;
  /** Where the cursor goes once staff confirm: the button that opened the dialog is disabled while the sheet is made, so focus would fall to the page. */
  const resultRef = useRef<HTMLDivElement>(null);
  const [confirmedAt, setConfirmedAt] = useState(0);
  useEffect(() => {
    if (confirmedAt > 0) resultRef.current?.focus();
  }, [confirmedAt]);

  function askFirst(body: PrintSheetBody) {
    // The buttons stay enabled (and focused) while the check is asked, so the dialog can give the cursor back to them.
    if (check.isPending) return;
    mutation.reset();
    check.mutate(body, { onSuccess: () => setChecking(body) });
  }

  function print() {
    if (!checking) return;
    const body = checking;
    setChecking(null);
    setConfirmedAt((n) => n + 1);
    mutation.mutate(body);
  }

  function printSince(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const start = new Date(`${since}T00:00:00`);
    const problem = dateFieldProblem(t('cards.sheets.since'), since);
    if (!since || problem || Number.isNaN(start.getTime())) {
      setSinceError(problem ?? t('cards.sheets.sinceRequired'));
      setFailedAttempts((n) => n + 1);
      return;
    }
    setSinceError(undefined);
    // From the start of that day where the user is.
    askFirst({ issuedSince: start.toISOString() });
  }

  const shown = mutation.isIdle ? null : progress;

  return (
    <section className="panel print-sheets" aria-labelledby="print-sheets-title">
      <h2 id="print-sheets-title" className="section-title">
        {t('cards.sheets.title')}
      </h2>
      <p className="section-lead">
        {t('cards.sheets.lead')}
      </p>

      <div className="print-sheets__options">
        <div className="print-sheets__option">
          <h3 className="print-sheets__title">{t('cards.sheets.ticked')}</h3>
          <p className="small muted">{t('cards.sheets.tickHint')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={selectedIds.length === 0 || mutation.isPending}
              onClick={() => askFirst({ cardIds: selectedIds })}
            >
              {t('cards.sheets.printTicked', { cards: count(selectedIds.length) })}
            </button>
            {selectedIds.length > 0 ? (
              <button type="button" className="button button--secondary" onClick={onClearSelection} disabled={printing}>
                {t('cards.sheets.clear')}
              </button>
            ) : null}
          </div>
        </div>

        <form className="print-sheets__option" onSubmit={printSince} noValidate aria-labelledby="print-since-title">
          <h3 id="print-since-title" className="print-sheets__title">
            {t('cards.sheets.sinceTitle')}
          </h3>
          <ErrorSummary items={sinceError ? [{ message: sinceError, fieldId: '', fieldName: 'issuedSince-day' }] : []} focusKey={failedAttempts} />
          <DateField legend={t('cards.sheets.since')} name="issuedSince" defaultValue={since} error={sinceError} onChange={setSince} />
          <div className="button-row">
            <button type="submit" className="button" disabled={mutation.isPending}>
              {t('cards.sheets.printSince', { date: since ? formatCalendarDate(since) : '…' })}
            </button>
          </div>
        </form>
      </div>

      <div ref={resultRef} tabIndex={-1} className="print-sheets__result">
        {printing || shown ? (
          <div className="print-progress">
            <label htmlFor={progressId} className="field__label">
              {t('cards.sheets.progress')}
            </label>
            {shown ? (
              <progress id={progressId} className="print-progress__bar" max={Math.max(shown.total, 1)} value={shown.done}>
                {t('cards.sheets.progressText', { done: shown.done, total: shown.total })}
              </progress>
            ) : (
              <progress id={progressId} className="print-progress__bar" />
            )}
            <p className="print-progress__count">
              {shown ? t('cards.sheets.progressCount', { done: shown.done, cards: count(shown.total) }) : t('cards.sheets.waiting')}
              {mutation.isError ? ` ${t('cards.sheets.stopped')}` : ''}
            </p>
          </div>
        ) : null}

        {mutation.isSuccess ? (
          <Alert tone="success" title={t('cards.sheets.ready')}>
            <p>
              {rich('cards.sheets.saved', { cards: count(mutation.data.cardCount), pages: mutation.data.pageCount, fileName: mutation.data.fileName })}
            </p>
            <p>
              <ActualSize />
            </p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => saveFile(mutation.data.blob, mutation.data.fileName)}
            >
              {t('cards.sheets.again')}
            </button>
          </Alert>
        ) : null}
        {mutation.isError || check.isError ? (
          <Alert tone="error" title={t('cards.sheets.failed')}>
            {errorMessage(mutation.error ?? check.error)}
          </Alert>
        ) : null}
      </div>

      <ConfirmDialog
        open={checking !== null && check.data !== undefined}
        title={t('cards.sheets.checkTitle')}
        tone="primary"
        confirmLabel={t('cards.sheets.print')}
        onClose={() => setChecking(null)}
        onConfirm={print}
      >
        {check.data ? <PrintCheck check={check.data} /> : null}
      </ConfirmDialog>
    </section>
  );
}

/** The check step's answers: what will print, what will be missing, how to print it. */
function PrintCheck({ check }: { check: PrintSheetCheck }) {
  const { t } = useTranslation();
  const { layout, withoutPhoto } = check;
  return (
    <>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('cards.sheets.cards')}</dt>
          <dd>{count(check.cardCount)}</dd>
        </div>
        <div className="facts__wide">
          <dt>{t('cards.sheets.layout')}</dt>
          <dd>
            {t('cards.sheets.layoutText', {
              layout: layout.name,
              perSheet: layout.cardsPerSheet,
              columns: layout.columns,
              rows: layout.rows,
              sheets: check.sheetCount,
              pages: check.pageCount,
            })}
          </dd>
        </div>
      </dl>
      {withoutPhoto.length > 0 ? (
        <div className="dialog__note" role="note">
          <p>
            <strong>
              {t('cards.sheets.noPhoto', { count: withoutPhoto.length, names: withoutPhoto.map((item) => fullName(item.holder)).join(', ') })}
            </strong>{' '}
            {t('cards.sheets.noPhotoHelp', { count: withoutPhoto.length })}
          </p>
        </div>
      ) : (
        <p>{t('cards.sheets.allPhotos')}</p>
      )}
      <p>
        <ActualSize />
      </p>
    </>
  );
}
