import { Link, useParams } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { PrintSheets } from '../../features/cards/components/print-sheets.tsx';
import { ImportJob } from '../../features/imports/components/import-job.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

/** One import. The print step is the cards feature's print sheets, given the cards the import issued. */
export function ImportRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('app.import.title')} lead={<Link to={paths.imports.list.getHref()}>{t('app.import.all')}</Link>}>
      <ImportJob id={id} renderPrint={(cardIds) => <PrintSheets selectedIds={cardIds} onClearSelection={() => undefined} />} />
    </Page>
  );
}
