import { useState } from 'react';
import type { DashboardReport } from '../../../../../api/src/reports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation, type Translate } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDashboardReport, useDownloadReport } from '../api/get-dashboard-report.ts';
import { BarChart } from './bar-chart.tsx';
import { ReportTable } from './report-table.tsx';
import { formatCalendarMonth } from '../../../i18n/dates.ts';

const monthName = (month: string) => {
  return formatCalendarMonth(month);
};

/** The API's words for an age band ("under 8", "8 to 11", "25 and over") in the page's language. */
function bandWords(t: Translate, band: string): string {
  const under = /^under (\d+)$/.exec(band);
  if (under) return t('reports.band.under', { age: Number(under[1]) });
  const range = /^(\d+) to (\d+)$/.exec(band);
  if (range) return t('reports.band.range', { from: Number(range[1]), to: Number(range[2]) });
  const over = /^(\d+) and over$/.exec(band);
  if (over) return t('reports.band.over', { age: Number(over[1]) });
  return band;
}

/** The area the API marks as not recorded; any other area is a place name, shown as given. */
const NOT_RECORDED = 'Not recorded';
const areaWords = (t: Translate, area: string) => (area === NOT_RECORDED ? t('reports.notRecorded') : area);

/** The API's definitions by term, as catalogue keys (`reports.definitions.<key>`); a term not listed here is shown as the API wrote it. */
const DEFINITION_KEYS: Record<string, string> = {
  Active: 'active',
  Issued: 'issued',
  Renewed: 'renewed',
  Expiring: 'expiring',
  Ended: 'ended',
  'Age band': 'ageBand',
  Area: 'area',
  'Verify checks': 'verifyChecks',
  Referrals: 'referrals',
};

/** Partners drawn in the chart; the table lists every one. */
const CHART_PARTNERS = 6;

/** The admin dashboard: each chart with its table, then the exports a funder can read. */
export function Dashboard() {
  const [months, setMonths] = useState(12);
  const report = useDashboardReport(months);
  const download = useDownloadReport();
  const { t } = useTranslation();

  return (
    <>
      <div className="filters">
        <div className="filters__grid">
          <SelectField label={t('reports.months')} name="months" value={String(months)} onChange={(event) => setMonths(Number(event.currentTarget.value))}>
            {[6, 12, 24].map((count) => (
              <option key={count} value={String(count)}>
                {t('reports.lastMonths', { count })}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="button-row">
          <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate({ format: 'csv', months })}>
            {t('reports.downloadCsv')}
          </button>
          <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate({ format: 'pdf', months })}>
            {t('reports.downloadPdf')}
          </button>
        </div>
        <p className="small muted">{t('reports.downloadNote')}</p>
        {download.isError ? (
          <Alert tone="error" title={t('reports.downloadFailed')}>
            {errorMessage(download.error)}
          </Alert>
        ) : null}
      </div>
      {report.isPending ? (
        <Loading label={t('reports.loading')} />
      ) : report.isError ? (
        <Alert tone="error" title={t('reports.loadFailed')}>
          <p>{errorMessage(report.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void report.refetch()}>
            {t('reports.tryAgain')}
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
  const { t } = useTranslation();
  const month = (value: string) => monthName(value);
  const ageBands = report.ageBands.map((r) => ({ ...r, band: bandWords(t, r.band) }));
  const areas = report.areas.map((r) => ({ ...r, area: areaWords(t, r.area) }));
  return (
    <>
      <section className="page-section" aria-labelledby="report-cards-title">
        <h2 id="report-cards-title" className="section-title">
          {t('reports.cards.title')}
        </h2>
        <div className="report-charts report-charts--stacked">
          <BarChart
            title={t('reports.cards.activeChart')}
            labels={monthLabels}
            series={[{ name: t('reports.cards.active'), values: report.cards.map((r) => r.active) }]}
          />
          <BarChart
            title={t('reports.cards.flowChart')}
            labels={monthLabels}
            series={[
              { name: t('reports.cards.issued'), values: report.cards.map((r) => r.issued) },
              { name: t('reports.cards.renewed'), values: report.cards.map((r) => r.renewed) },
              { name: t('reports.cards.expiring'), values: report.cards.map((r) => r.expiring) },
              { name: t('reports.cards.ended'), values: report.cards.map((r) => r.ended) },
            ]}
          />
        </div>
        <ReportTable
          caption={t('reports.cards.caption')}
          header={[t('reports.month'), t('reports.cards.activeNearest'), t('reports.cards.issued'), t('reports.cards.renewed'), t('reports.cards.expiring'), t('reports.cards.ended')]}
          rows={report.cards.map((r) => ({ label: month(r.month), cells: [r.active, r.issued, r.renewed, r.expiring, r.ended] }))}
        />
      </section>

      <section className="page-section" aria-labelledby="report-people-title">
        <h2 id="report-people-title" className="section-title">
          {t('reports.people.title')}
        </h2>
        <p className="section-lead">{t('reports.people.lead')}</p>
        <div className="report-charts">
          <BarChart title={t('reports.people.byBand')} labels={ageBands.map((r) => r.band)} series={[{ name: t('reports.people.youngCarers'), values: ageBands.map((r) => r.count) }]} />
          <BarChart title={t('reports.people.byArea')} labels={areas.map((r) => r.area)} series={[{ name: t('reports.people.youngCarers'), values: areas.map((r) => r.count) }]} />
        </div>
        <div className="report-tables">
          <ReportTable
            caption={t('reports.people.bandCaption')}
            header={[t('reports.people.band'), t('reports.people.youngCarers')]}
            rows={ageBands.map((r) => ({ label: r.band, cells: [r.count] }))}
          />
          <ReportTable
            caption={t('reports.people.areaCaption')}
            header={[t('reports.people.area'), t('reports.people.youngCarers')]}
            rows={areas.map((r) => ({ label: r.area, cells: [r.count] }))}
          />
        </div>
      </section>

      <section className="page-section" aria-labelledby="report-checks-title">
        <h2 id="report-checks-title" className="section-title">
          {t('reports.checks.title')}
        </h2>
        {report.verifyChecks.length === 0 ? (
          <p className="empty-state">{t('reports.checks.empty')}</p>
        ) : (
          <>
            <BarChart
              title={report.verifyChecks.length > CHART_PARTNERS ? t('reports.checks.chartFirst', { count: CHART_PARTNERS }) : t('reports.checks.chart')}
              labels={monthLabels}
              series={partnersCharted.map((r) => ({ name: r.partner, values: r.months }))}
            />
            <ReportTable
              caption={t('reports.checks.caption')}
              header={[t('reports.checks.partner'), ...monthLabels.map(month)]}
              rows={report.verifyChecks.map((r) => ({ label: r.partner, cells: r.months }))}
            />
          </>
        )}
      </section>

      <section className="page-section" aria-labelledby="report-referrals-title">
        <h2 id="report-referrals-title" className="section-title">
          {t('reports.referrals.title')}
        </h2>
        <BarChart
          title={t('reports.referrals.chart')}
          labels={monthLabels}
          series={[
            { name: t('reports.referrals.received'), values: report.referrals.map((r) => r.received) },
            { name: t('reports.referrals.accepted'), values: report.referrals.map((r) => r.accepted) },
            { name: t('reports.referrals.declined'), values: report.referrals.map((r) => r.declined) },
            { name: t('reports.referrals.withdrawn'), values: report.referrals.map((r) => r.withdrawn) },
          ]}
        />
        <ReportTable
          caption={t('reports.referrals.caption')}
          header={[t('reports.month'), t('reports.referrals.received'), t('reports.referrals.accepted'), t('reports.referrals.declined'), t('reports.referrals.withdrawn')]}
          rows={report.referrals.map((r) => ({ label: month(r.month), cells: [r.received, r.accepted, r.declined, r.withdrawn] }))}
        />
      </section>

      <section className="page-section" aria-labelledby="report-rules-title">
        <h2 id="report-rules-title" className="section-title">
          {t('reports.rules.title')}
        </h2>
        <dl className="report-definitions">
          {report.definitions.map((d) => {
            const key = DEFINITION_KEYS[d.term];
            return (
              <div key={d.term}>
                <dt>{key ? t(`reports.definitions.${key}.term`) : d.term}</dt>
                <dd>{key ? t(`reports.definitions.${key}.meaning`) : d.meaning}</dd>
              </div>
            );
          })}
          <div>
            <dt>{t('reports.rules.smallNumbers')}</dt>
            <dd>{t('reports.rules.suppression')}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
