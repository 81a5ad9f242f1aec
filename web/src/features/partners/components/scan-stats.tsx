import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { ScanStatsQuery, ScanStatsRow } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, SelectField, TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';
import { usePartners } from '../api/get-partners.ts';
import { useScanStats } from '../api/get-scan-stats.ts';
import { todayUtc } from './partner-labels.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
/** The API's default range, shown in the form so it says what the table holds. */
const DEFAULT_DAYS = 30;

export type ScanStatsFilterValues = { from: string; to: string; partnerId: string };

function defaults(now: Date = new Date()): { from: string; to: string } {
  return { from: todayUtc(new Date(now.getTime() - (DEFAULT_DAYS - 1) * DAY_MS)), to: todayUtc(now) };
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Verify calls per partner per day, filtered by dates and partner (kept in
 * the URL), with a totals row. Counts only: the API keeps nothing else.
 */
export function ScanStatistics() {
  const [searchParams, setSearchParams] = useSearchParams();
  const fallback = defaults();
  const values: ScanStatsFilterValues = {
    from: searchParams.get('from') ?? fallback.from,
    to: searchParams.get('to') ?? fallback.to,
    partnerId: searchParams.get('partnerId') ?? '',
  };
  const query: ScanStatsQuery = {
    ...(DATE.test(values.from) ? { from: values.from } : {}),
    ...(DATE.test(values.to) ? { to: values.to } : {}),
    ...(values.partnerId ? { partnerId: values.partnerId } : {}),
  };
  const stats = useScanStats(query);
  const partners = usePartners();

  function apply(next: ScanStatsFilterValues) {
    const params = new URLSearchParams();
    if (next.from !== fallback.from) params.set('from', next.from);
    if (next.to !== fallback.to) params.set('to', next.to);
    if (next.partnerId) params.set('partnerId', next.partnerId);
    setSearchParams(params);
  }

  const partnerName = values.partnerId ? partners.data?.items.find((p) => p.id === values.partnerId)?.name : undefined;

  return (
    <>
      <ScanStatsFilters
        values={values}
        partners={partners.data?.items.map(({ id, name }) => ({ id, name })) ?? []}
        onApply={apply}
        onReset={() => setSearchParams(new URLSearchParams())}
      />
      <section aria-labelledby="scan-results-title" aria-busy={stats.isFetching}>
        <h2 id="scan-results-title" className="section-title" tabIndex={-1}>
          {partnerName ?? 'All partners'}, {formatCalendarDate(values.from)} to {formatCalendarDate(values.to)}
        </h2>
        {stats.isPending ? (
          <Loading label="Loading scan counts…" />
        ) : stats.isError ? (
          <Alert tone="error" title="Could not load the scan counts">
            <p>{errorMessage(stats.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void stats.refetch()}>
              Try again
            </button>
          </Alert>
        ) : stats.data.items.length === 0 ? (
          <p className="empty-state">No cards were checked in these days.</p>
        ) : (
          <ScanStatsTable rows={stats.data.items} />
        )}
      </section>
    </>
  );
}

function ScanStatsFilters({
  values,
  partners,
  onApply,
  onReset,
}: {
  values: ScanStatsFilterValues;
  partners: { id: string; name: string }[];
  onApply: (values: ScanStatsFilterValues) => void;
  onReset: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = {
      from: String(data.get('from') ?? ''),
      to: String(data.get('to') ?? ''),
      partnerId: String(data.get('partnerId') ?? ''),
    };
    const found: { from?: string; to?: string } = {};
    if (!DATE.test(next.from)) found.from = 'Enter the first day, such as 01/11/2026.';
    if (!DATE.test(next.to)) found.to = 'Enter the last day, such as 30/11/2026.';
    else if (!found.from && next.from > next.to) found.to = 'The last day must be on or after the first day.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    onApply(next);
  }

  return (
    <form
      key={JSON.stringify(values)}
      ref={formRef}
      className="filters"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Choose the days and partner"
    >
      <div className="filters__grid">
        <TextField label="From" name="from" type="date" defaultValue={values.from} error={errors.from} required />
        <TextField label="To" name="to" type="date" defaultValue={values.to} error={errors.to} required />
        <SelectField label="Partner" name="partnerId" defaultValue={values.partnerId}>
          <option value="">All partners</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Show counts
        </button>
        <button type="button" className="button button--secondary" onClick={onReset}>
          Last {DEFAULT_DAYS} days, all partners
        </button>
      </div>
    </form>
  );
}

function ScanStatsTable({ rows }: { rows: ScanStatsRow[] }) {
  const totals = rows.reduce(
    (sum, row) => ({ valid: sum.valid + row.valid, expired: sum.expired + row.expired, notValid: sum.notValid + row.notValid }),
    { valid: 0, expired: 0, notValid: 0 },
  );
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Cards checked per partner per day, newest day first, with totals</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Partner</th>
            <th scope="col" className="numeric">
              Valid
            </th>
            <th scope="col" className="numeric">
              Expired
            </th>
            <th scope="col" className="numeric">
              Not valid
            </th>
            <th scope="col" className="numeric">
              All checks
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.day}|${row.partnerId ?? ''}`}>
              <td data-label="Day">
                <time dateTime={row.day}>{formatCalendarDate(row.day)}</time>
              </td>
              <th scope="row" data-label="Partner">
                {row.partnerId === null ? (
                  <span className="muted">No partner link or key</span>
                ) : (
                  (row.partnerName ?? <span className="muted">A partner since removed</span>)
                )}
              </th>
              <td data-label="Valid" className="numeric">
                {count(row.valid)}
              </td>
              <td data-label="Expired" className="numeric">
                {count(row.expired)}
              </td>
              <td data-label="Not valid" className="numeric">
                {count(row.notValid)}
              </td>
              <td data-label="All checks" className="numeric">
                {count(row.valid + row.expired + row.notValid)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td data-label="Valid" className="numeric">
              {count(totals.valid)}
            </td>
            <td data-label="Expired" className="numeric">
              {count(totals.expired)}
            </td>
            <td data-label="Not valid" className="numeric">
              {count(totals.notValid)}
            </td>
            <td data-label="All checks" className="numeric">
              {count(totals.valid + totals.expired + totals.notValid)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
