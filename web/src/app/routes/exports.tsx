import { Page } from '../../components/ui/page.tsx';
import { ExportData } from '../../features/imports/components/export-data.tsx';

export function ExportsRoute() {
  return (
    <Page title="Export" lead="Every young carer or every card as a spreadsheet file.">
      <ExportData />
    </Page>
  );
}
