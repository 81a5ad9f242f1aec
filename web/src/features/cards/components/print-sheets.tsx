import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PrintSheetBody, PrintSheetCheck } from '../../../../../api/src/print-sheets/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DateField, dateFieldProblem } from '../../../components/ui/date-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate, todayAsCalendarDate } from '../../../lib/format-date.ts';
import { fullName } from '../../../lib/format-name.ts';
import { saveFile } from '../../../lib/save-file.ts';
import { useCheckPrintSheet } from '../api/check-print-sheet.ts';
import { usePrintSheet } from '../api/print-sheet.ts';

const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'card' : 'cards'}`;

const ACTUAL_SIZE = (
  <>
    <strong>Print it at 100% (“Actual size”), not “Fit to page”</strong>: a scaled sheet no longer lines up with card stock, and
    its cards come out the wrong size.
  </>
);

/**
 * Bulk printing: the cards ticked in the list, or every current card issued
 * since a date. First a check step (how many cards and sheets, which cards
 * have no photo, how to print); then the PDF streams in, a progress bar
 * counts the cards done, and the browser saves the file.
 */
export function PrintSheets({ selectedIds, onClearSelection }: { selectedIds: string[]; onClearSelection: () => void }) {
  const { mutation, progress } = usePrintSheet();
  const check = useCheckPrintSheet();
  const [checking, setChecking] = useState<PrintSheetBody | null>(null);
  const [since, setSince] = useState(todayAsCalendarDate);
  const [sinceError, setSinceError] = useState<string | undefined>();
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
    const problem = dateFieldProblem('Issued on or after', since);
    if (!since || problem || Number.isNaN(start.getTime())) {
      setSinceError(problem ?? 'Enter the date of the first card to print.');
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
        Print sheets
      </h2>
      <p className="section-lead">
        A4 sheets of 10 cards with crop marks. Each sheet is a page of fronts, then a page of backs: print double-sided,
        flipping on the long edge. Only active and suspended cards are printed.
      </p>

      <div className="print-sheets__options">
        <div className="print-sheets__option">
          <h3 className="print-sheets__title">The cards you tick</h3>
          <p className="small muted">Tick cards in the list below, on as many pages as you need.</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={selectedIds.length === 0 || mutation.isPending}
              onClick={() => askFirst({ cardIds: selectedIds })}
            >
              Print sheet ({count(selectedIds.length)})
            </button>
            {selectedIds.length > 0 ? (
              <button type="button" className="button button--secondary" onClick={onClearSelection} disabled={printing}>
                Clear selection
              </button>
            ) : null}
          </div>
        </div>

        <form className="print-sheets__option" onSubmit={printSince} noValidate aria-labelledby="print-since-title">
          <h3 id="print-since-title" className="print-sheets__title">
            Every card issued since a date
          </h3>
          <DateField legend="Issued on or after" name="issuedSince" defaultValue={since} error={sinceError} onChange={setSince} />
          <div className="button-row">
            <button type="submit" className="button" disabled={mutation.isPending}>
              Print every current card issued since {since ? formatCalendarDate(since) : '…'}
            </button>
          </div>
        </form>
      </div>

      <div ref={resultRef} tabIndex={-1} className="print-sheets__result">
        {printing || shown ? (
          <div className="print-progress">
            <label htmlFor={progressId} className="field__label">
              Print sheet progress
            </label>
            {shown ? (
              <progress id={progressId} className="print-progress__bar" max={Math.max(shown.total, 1)} value={shown.done}>
                {shown.done} of {shown.total} cards
              </progress>
            ) : (
              <progress id={progressId} className="print-progress__bar" />
            )}
            <p className="print-progress__count">
              {shown ? `${shown.done.toLocaleString('en-GB')} of ${count(shown.total)}` : 'Waiting for the server…'}
              {mutation.isError ? ' (stopped)' : ''}
            </p>
          </div>
        ) : null}

        {mutation.isSuccess ? (
          <Alert tone="success" title="Print sheet ready">
            <p>
              {count(mutation.data.cardCount)} on {mutation.data.pageCount} {mutation.data.pageCount === 1 ? 'page' : 'pages'}, saved as{' '}
              <strong>{mutation.data.fileName}</strong>.
            </p>
            <p>{ACTUAL_SIZE}</p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => saveFile(mutation.data.blob, mutation.data.fileName)}
            >
              Download it again
            </button>
          </Alert>
        ) : null}
        {mutation.isError || check.isError ? (
          <Alert tone="error" title="Could not make the print sheet">
            {errorMessage(mutation.error ?? check.error)}
          </Alert>
        ) : null}
      </div>

      <ConfirmDialog
        open={checking !== null && check.data !== undefined}
        title="Check the print sheet"
        tone="primary"
        confirmLabel="Print sheet"
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
  const { layout, withoutPhoto } = check;
  const sheets = `${check.sheetCount.toLocaleString('en-GB')} ${check.sheetCount === 1 ? 'sheet' : 'sheets'}`;
  return (
    <>
      <dl className="facts facts--compact">
        <div>
          <dt>Cards</dt>
          <dd>{count(check.cardCount)}</dd>
        </div>
        <div className="facts__wide">
          <dt>Layout</dt>
          <dd>
            {layout.name}: {layout.cardsPerSheet} cards a sheet ({layout.columns} across, {layout.rows} down), so {sheets} of paper.
            Each sheet is a page of fronts then a page of backs ({check.pageCount} pages): print double-sided, flipping on the long
            edge.
          </dd>
        </div>
      </dl>
      {withoutPhoto.length > 0 ? (
        <div className="dialog__note" role="note">
          <p>
            <strong>
              {withoutPhoto.length === 1 ? '1 card has no photo' : `${withoutPhoto.length} cards have no photo`}:{' '}
              {withoutPhoto.map((item) => fullName(item.holder)).join(', ')}.
            </strong>{' '}
            {withoutPhoto.length === 1 ? 'It prints' : 'They print'} with an empty photo box. To add a photo, cancel, open the young
            carer’s record and upload one, then print again.
          </p>
        </div>
      ) : (
        <p>Every card has a photo.</p>
      )}
      <p>{ACTUAL_SIZE}</p>
    </>
  );
}
