import { Page } from '../../components/ui/page.tsx';
import { ImportUpload } from '../../features/imports/components/import-upload.tsx';

export function ImportsRoute() {
  return (
    <Page
      title="Import a register"
      lead="Bring your existing register of young carers in from a spreadsheet. Nobody is added until you have checked every row."
    >
      <ImportUpload />
    </Page>
  );
}
