import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { ScanStatistics } from '../../features/partners/components/scan-stats.tsx';

export function ScanStatisticsRoute() {
  return (
    <Page
      title="Scan statistics"
      lead={
        <>
          <p>
            How many cards each partner checked each day, and what the answer was. This holds counts only, nothing about
            any card or child: no card number, no name, no place, no time of day. Days run midnight to midnight UTC.
          </p>
          <p>
            <Link to={paths.partners.list.getHref()}>Back to partners</Link>
          </p>
        </>
      }
    >
      <ScanStatistics />
    </Page>
  );
}
