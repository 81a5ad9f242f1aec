import { Link, useParams } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { PrintSheets } from '../../features/cards/components/print-sheets.tsx';
import { ImportJob } from '../../features/imports/components/import-job.tsx';

/** One import. The print step is the cards feature's print sheets, given the cards the import issued. */
export function ImportRoute() {
  const { id = '' } = useParams();
  return (
    <Page title="Import" lead={<Link to={paths.imports.list.getHref()}>All imports</Link>}>
      <ImportJob id={id} renderPrint={(cardIds) => <PrintSheets selectedIds={cardIds} onClearSelection={() => undefined} />} />
    </Page>
  );
}
