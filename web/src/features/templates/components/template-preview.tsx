import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { PdfPreview, type PdfPreviewPage } from '../../../components/pdf-preview.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useTemplatePreview } from '../api/get-template-preview.ts';
import { CARD_ASPECT_RATIO, SHEET_ASPECT_RATIO } from './template-labels.ts';

/** Which pages of a layout's preview PDF to show: both faces of a card, the first sheet of a print sheet. */
function previewPages(template: TemplateSummary): PdfPreviewPage[] {
  if (template.kind === 'sheet') {
    return [{ pageNumber: 1, label: `First page of the ${template.name} layout, filled with sample cards`, aspectRatio: SHEET_ASPECT_RATIO }];
  }
  return [
    { pageNumber: 1, caption: 'Front', label: `Front of the ${template.name} card, with sample details`, aspectRatio: CARD_ASPECT_RATIO },
    { pageNumber: 2, caption: 'Back', label: `Back of the ${template.name} card, with sample details`, aspectRatio: CARD_ASPECT_RATIO },
  ];
}

/** A layout drawn with sample data and the saved branding. */
export function TemplatePreview({ template }: { template: TemplateSummary }) {
  const preview = useTemplatePreview(template.id);
  if (preview.isPending) return <Loading label="Loading the preview…" />;
  if (preview.isError) {
    return (
      <Alert tone="error" title="Could not load the preview">
        <p>{errorMessage(preview.error)}</p>
        <button type="button" className="button button--secondary button--small" onClick={() => void preview.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  return (
    <PdfPreview
      file={preview.data}
      pages={previewPages(template)}
      className={template.kind === 'sheet' ? 'pdf-preview--sheet' : 'pdf-preview--card'}
    />
  );
}
