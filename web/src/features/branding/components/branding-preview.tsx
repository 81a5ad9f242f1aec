import { useMemo, useState } from 'react';
import type { Branding, UpdateBrandingBody } from '../../../../../api/src/branding/schemas.ts';
import { CARD_LANGUAGES, type CardLanguage } from '../../../../../api/src/shared/languages.ts';
import { CARD_ASPECT_RATIO, PdfPreview, type PdfPreviewPage } from '../../../components/pdf-preview.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useDebouncedValue } from '../../../hooks/use-debounced-value.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useBrandingPreview } from '../api/preview-branding.ts';
import { fromBranding, sameValues, toPreviewDraft, type BrandingFormValues } from './branding-form-values.ts';

/** Waits for a pause in typing before asking for a new picture. */
const PREVIEW_DELAY_MS = 400;

/** The standard card drawn with the form's values, saved or not, redrawn shortly after each change. */
export function BrandingPreview({ values, saved }: { values: BrandingFormValues; saved: Branding }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<CardLanguage>('en');
  const pages: PdfPreviewPage[] = [
    { pageNumber: 1, caption: t('branding.preview.front'), label: t('branding.preview.frontLabel'), aspectRatio: CARD_ASPECT_RATIO },
    { pageNumber: 2, caption: t('branding.preview.back'), label: t('branding.preview.backLabel'), aspectRatio: CARD_ASPECT_RATIO },
  ];
  const draftJson = useDebouncedValue(JSON.stringify(toPreviewDraft(values)), PREVIEW_DELAY_MS);
  const draft = useMemo(() => JSON.parse(draftJson) as UpdateBrandingBody, [draftJson]);
  const preview = useBrandingPreview(draft, saved.updatedAt, language);
  const dirty = !sameValues(values, fromBranding(saved));

  return (
    <section className="panel branding-preview" aria-labelledby="branding-preview-title">
      <h2 id="branding-preview-title" className="section-title">
        {t('branding.preview.title')}
      </h2>
      <p className="small muted branding-preview__note">
        {dirty ? t('branding.preview.unsavedNote') : t('branding.preview.savedNote')}
        {preview.isFetching && preview.data ? ` ${t('branding.preview.updating')}` : ''}
      </p>
      <SelectField
        label={t('branding.preview.language')}
        value={language}
        onChange={(event) => setLanguage(event.currentTarget.value as CardLanguage)}
      >
        {CARD_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`branding.cardLanguage.${code}`)}
          </option>
        ))}
      </SelectField>
      {preview.data ? (
        <PdfPreview file={preview.data} pages={pages} className="pdf-preview--stacked" />
      ) : preview.isError ? null : (
        <Loading label={t('branding.preview.loading')} />
      )}
      {preview.isError ? (
        <Alert tone="error" title={t('branding.preview.failed')}>
          <p>{errorMessage(preview.error)}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => void preview.refetch()}>
            {t('branding.tryAgain')}
          </button>
        </Alert>
      ) : null}
    </section>
  );
}
