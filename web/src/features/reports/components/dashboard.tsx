import { useState } from 'react';
import type { DashboardReport } from '../../../../../api/src/reports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDashboardReport, useDownloadReport } from '../api/get-dashboard-report.ts';
import { BarChart } from './bar-chart.tsx';
import { ReportTable } from './report-table.tsx';

const monthName = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
};

/** Partners drawn in the chart; the table lists every one. */
const CHART_PARTNERS = 6;

/** The admin dashboard: each chart with its table, then the exports a funder can read. */
export function Dashboard() {
  const [months, setMonths] = useState(12);
  const report = useDashboardReport(months);
  const download = useDownloadReport();

  return (
    <>
      <div className="filters">
        <div className="filters__grid">
          <SelectField label="Months" name="months" value={String(months)} onChange={(event) => setMonths(Number(event.currentTarget.value))}>
            <option value="6">Last 6 months</option>
            <option value="12">Last 12 months</option>
            <option value="24">Last 24 months</option>
          </SelectField>
        </div>
        <div className="button-row">
          <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate({ format: 'csv', months })}>
            Download CSV
          </button>
          <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate({ format: 'pdf', months })}>
            Download PDF
          </button>
        </div>
        <p className="small muted">Counts only, for funders and trustees. Each download is recorded in the audit log.</p>
        {download.isError ? (
          <Alert tone="error" title="Could not download the report">
            {errorMessage(download.error)}
          </Alert>
        ) : null}
      </div>
      {report.isPending ? (
        <Loading label="Loading the figures…" />
      ) : report.isError ? (
        <Alert tone="error" title="Could not load the figures">
          <p>{errorMessage(report.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void report.refetch()}>
            Try again
          </button>
        </Alert>
      ) : (
        <Figures report={report.data} />
      )}
    </>
  );
}

function Figures({ report }: { report: DashboardReport }) {
  const monthLabels = report.months;
  const partnersCharted = report.verifyChecks.slice(0, CHART_PARTNERS);
  return (
    <>
      <section className="page-section" aria-labelledby="report-cards-title">
        <h2 id="report-cards-title" className="section-title">
          Cards
        </h2>
        <div className="report-charts report-charts--stacked">
          <BarChart title="Active cards at the end of each month (nearest 10)" labels={monthLabels} series={[{ name: 'Active', values: report.cards.map((r) => r.active) }]} />
          <BarChart
            title="Cards issued, renewed, expiring and ended each month"
            labels={monthLabels}
            series={[
              { name: 'Issued', values: report.cards.map((r) => r.issued) },
              { name: 'Renewed', values: report.cards.map((r) => r.renewed) },
              { name: 'Expiring', values: report.cards.map((r) => r.expiring) },
              { name: 'Ended', values: report.cards.map((r) => r.ended) },
            ]}
          />
        </div>
        <ReportTable
          caption="Cards by month"
          header={['Month', 'Active (nearest 10)', 'Issued', 'Renewed', 'Expiring', 'Ended']}
          rows={report.cards.map((r) => ({ label: monthName(r.month), cells: [r.active, r.issued, r.renewed, r.expiring, r.ended] }))}
        />
      </section>

      <section className="page-section" aria-labelledby="report-people-title">
        <h2 id="report-people-title" className="section-title">
          Young carers
        </h2>
        <p className="section-lead">Everyone on record today, by age band (never an exact age) and by the area on the online referral that brought them in.</p>
        <div className="report-charts">
          <BarChart title="By age band" labels={report.ageBands.map((r) => r.band)} series={[{ name: 'Young carers', values: report.ageBands.map((r) => r.count) }]} />
          <BarChart title="By area" labels={report.areas.map((r) => r.area)} series={[{ name: 'Young carers', values: report.areas.map((r) => r.count) }]} />
        </div>
        <div className="report-tables">
          <ReportTable caption="Young carers by age band" header={['Age band', 'Young carers']} rows={report.ageBands.map((r) => ({ label: r.band, cells: [r.count] }))} />
          <ReportTable caption="Young carers by area" header={['Area', 'Young carers']} rows={report.areas.map((r) => ({ label: r.area, cells: [r.count] }))} />
        </div>
      </section>

      <section className="page-section" aria-labelledby="report-checks-title">
        <h2 id="report-checks-title" className="section-title">
          Verify checks by partner
        </h2>
        {report.verifyChecks.length === 0 ? (
          <p className="empty-state">No partner checked a card in these months.</p>
        ) : (
          <>
            <BarChart
              title={report.verifyChecks.length > CHART_PARTNERS ? `Checks each month (the first ${CHART_PARTNERS} partners; the table has them all)` : 'Checks each month'}
              labels={monthLabels}
              series={partnersCharted.map((r) => ({ name: r.partner, values: r.months }))}
            />
            <ReportTable
              caption="Verify checks by partner and month"
              header={['Partner', ...monthLabels.map(monthName)]}
              rows={report.verifyChecks.map((r) => ({ label: r.partner, cells: r.months }))}
            />
          </>
        )}
      </section>

      <section className="page-section" aria-labelledby="report-referrals-title">
        <h2 id="report-referrals-title" className="section-title">
          Referrals
        </h2>
        <BarChart
          title="Referrals received, and their outcomes, each month"
          labels={monthLabels}
          series={[
            { name: 'Received', values: report.referrals.map((r) => r.received) },
            { name: 'Accepted', values: report.referrals.map((r) => r.accepted) },
            { name: 'Declined', values: report.referrals.map((r) => r.declined) },
            { name: 'Withdrawn', values: report.referrals.map((r) => r.withdrawn) },
          ]}
        />
        <ReportTable
          caption="Referrals by month"
          header={['Month', 'Received', 'Accepted', 'Declined', 'Withdrawn']}
          rows={report.referrals.map((r) => ({ label: monthName(r.month), cells: [r.received, r.accepted, r.declined, r.withdrawn] }))}
        />
      </section>

      <section className="page-section" aria-labelledby="report-rules-title">
        <h2 id="report-rules-title" className="section-title">
          What the numbers mean
        </h2>
        <dl className="report-definitions">
          {report.definitions.map((d) => (
            <div key={d.term}>
              <dt>{d.term}</dt>
              <dd>{d.meaning}</dd>
            </div>
          ))}
          <div>
            <dt>Small numbers</dt>
            <dd>{report.suppressionRule}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
