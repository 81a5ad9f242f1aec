import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { ScanStatsQuery, ScanStatsRow } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { usePartners } from '../api/get-partners.ts';
import { useScanStats } from '../api/get-scan-stats.ts';
import { formatDay, todayUtc } from './partner-labels.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
/** The API's default range, shown in the form so it says what the table holds. */
const DEFAULT_DAYS = 30;

export type ScanStatsFilterValues = { from: string; to: string; partnerId: string };

function defaults(now: Date = new Date()): { from: string; to: string } {
  return { from: todayUtc(new Date(now.getTime() - (DEFAULT_DAYS - 1) * DAY_MS)), to: todayUtc(now) };
}

/**
 * Verify calls per partner per day, filtered by dates and partner (kept in
 * the URL), with a totals row. Counts only: the API keeps nothing else.
 */
export function ScanStatistics() {
  const { t } = useTranslation();
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
          {t('partners.scans.heading', {
            partner: partnerName ?? t('partners.scans.allPartners'),
            from: formatDay(values.from),
            to: formatDay(values.to),
          })}
        </h2>
        {stats.isPending ? (
          <Loading label={t('partners.scans.loading')} />
        ) : stats.isError ? (
          <Alert tone="error" title={t('partners.scans.loadFailed')}>
            <p>{errorMessage(stats.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void stats.refetch()}>
              {t('partners.tryAgain')}
            </button>
          </Alert>
        ) : stats.data.items.length === 0 ? (
          <p className="empty-state">{t('partners.scans.none')}</p>
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
  const { t } = useTranslation();
  const formId = useId();
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  /** Each failed attempt moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = {
      from: String(data.get('from') ?? ''),
      to: String(data.get('to') ?? ''),
      partnerId: String(data.get('partnerId') ?? ''),
    };
    const found: { from?: string; to?: string } = {};
    if (!DATE.test(next.from)) found.from = t('partners.scans.errors.from');
    if (!DATE.test(next.to)) found.to = t('partners.scans.errors.to');
    else if (!found.from && next.from > next.to) found.to = t('partners.benefitForm.errors.validToBeforeFrom');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    onApply(next);
  }

  return (
    <form
      key={JSON.stringify(values)}
      className="filters"
      onSubmit={handleSubmit}
      noValidate
      aria-label={t('partners.scans.filtersLabel')}
    >
      <ErrorSummary
        items={(['from', 'to'] as const).flatMap((name) => {
          const message = errors[name];
          return message ? [{ message, fieldId: `${formId}-${name}`, fieldName: name }] : [];
        })}
        focusKey={failedAttempts}
      />
      <div className="filters__grid">
        <TextField label={t('partners.scans.from')} id={`${formId}-from`} name="from" type="date" defaultValue={values.from} error={errors.from} required />
        <TextField label={t('partners.scans.to')} id={`${formId}-to`} name="to" type="date" defaultValue={values.to} error={errors.to} required />
        <SelectField label={t('partners.scans.partner')} name="partnerId" defaultValue={values.partnerId}>
          <option value="">{t('partners.scans.allPartners')}</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('partners.scans.show')}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset}>
          {t('partners.scans.reset', { days: DEFAULT_DAYS })}
        </button>
      </div>
    </form>
  );
}

function ScanStatsTable({ rows }: { rows: ScanStatsRow[] }) {
  const { t, locale } = useTranslation();
  const count = (n: number) => n.toLocaleString(locale);
  const totals = rows.reduce(
    (sum, row) => ({ valid: sum.valid + row.valid, expired: sum.expired + row.expired, notValid: sum.notValid + row.notValid }),
    { valid: 0, expired: 0, notValid: 0 },
  );
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('partners.scans.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partners.scans.day')}</th>
            <th scope="col">{t('partners.scans.partner')}</th>
            <th scope="col" className="numeric">
              {t('partners.scans.valid')}
            </th>
            <th scope="col" className="numeric">
              {t('partners.scans.expired')}
            </th>
            <th scope="col" className="numeric">
              {t('partners.scans.notValid')}
            </th>
            <th scope="col" className="numeric">
              {t('partners.scans.all')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.day}|${row.partnerId ?? ''}`}>
              <td data-label={t('partners.scans.day')}>
                <time dateTime={row.day}>{formatDay(row.day)}</time>
              </td>
              <th scope="row" data-label={t('partners.scans.partner')}>
                {row.partnerId === null ? (
                  <span className="muted">{t('partners.scans.noPartner')}</span>
                ) : (
                  (row.partnerName ?? <span className="muted">{t('partners.scans.removedPartner')}</span>)
                )}
              </th>
              <td data-label={t('partners.scans.valid')} className="numeric">
                {count(row.valid)}
              </td>
              <td data-label={t('partners.scans.expired')} className="numeric">
                {count(row.expired)}
              </td>
              <td data-label={t('partners.scans.notValid')} className="numeric">
                {count(row.notValid)}
              </td>
              <td data-label={t('partners.scans.all')} className="numeric">
                {count(row.valid + row.expired + row.notValid)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('partners.scans.total')}
            </th>
            <td data-label={t('partners.scans.valid')} className="numeric">
              {count(totals.valid)}
            </td>
            <td data-label={t('partners.scans.expired')} className="numeric">
              {count(totals.expired)}
            </td>
            <td data-label={t('partners.scans.notValid')} className="numeric">
              {count(totals.notValid)}
            </td>
            <td data-label={t('partners.scans.all')} className="numeric">
              {count(totals.valid + totals.expired + totals.notValid)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
