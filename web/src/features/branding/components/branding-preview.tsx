import { useMemo } from 'react';
import type { Branding, UpdateBrandingBody } from '../../../../../api/src/branding/schemas.ts';
import { CARD_ASPECT_RATIO, PdfPreview, type PdfPreviewPage } from '../../../components/pdf-preview.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useDebouncedValue } from '../../../hooks/use-debounced-value.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useBrandingPreview } from '../api/preview-branding.ts';
import { fromBranding, sameValues, toPreviewDraft, type BrandingFormValues } from './branding-form-values.ts';

/** Waits for a pause in typing before asking for a new picture. */
const PREVIEW_DELAY_MS = 400;

const pages: PdfPreviewPage[] = [
  { pageNumber: 1, caption: 'Front', label: 'Front of the standard card with this branding and sample details', aspectRatio: CARD_ASPECT_RATIO },
  { pageNumber: 2, caption: 'Back', label: 'Back of the standard card with this branding and sample details', aspectRatio: CARD_ASPECT_RATIO },
];

/** The standard card drawn with the form's values, saved or not, redrawn shortly after each change. */
export function BrandingPreview({ values, saved }: { values: BrandingFormValues; saved: Branding }) {
  const draftJson = useDebouncedValue(JSON.stringify(toPreviewDraft(values)), PREVIEW_DELAY_MS);
  const draft = useMemo(() => JSON.parse(draftJson) as UpdateBrandingBody, [draftJson]);
  const preview = useBrandingPreview(draft, saved.updatedAt);
  const dirty = !sameValues(values, fromBranding(saved));

  return (
    <section className="panel branding-preview" aria-labelledby="branding-preview-title">
      <h2 id="branding-preview-title" className="section-title">
        Preview
      </h2>
      <p className="small muted branding-preview__note">
        {dirty ? 'The standard card with your unsaved changes' : 'The standard card with your saved branding'}, and sample
        details.
        {preview.isFetching && preview.data ? ' Updating…' : ''}
      </p>
      {preview.data ? (
        <PdfPreview file={preview.data} pages={pages} className="pdf-preview--stacked" />
      ) : preview.isError ? null : (
        <Loading label="Loading the preview…" />
      )}
      {preview.isError ? (
        <Alert tone="error" title="Could not update the preview">
          <p>{errorMessage(preview.error)}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => void preview.refetch()}>
            Try again
          </button>
        </Alert>
      ) : null}
    </section>
  );
}
