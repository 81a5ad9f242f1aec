import { useState } from 'react';
import { CARD_LANGUAGES, type CardLanguage } from '../../../../../api/src/shared/languages.ts';
import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { PdfPreview, type PdfPreviewPage } from '../../../components/pdf-preview.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { translate } from '../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useTemplatePreview } from '../api/get-template-preview.ts';
import { CARD_ASPECT_RATIO, SHEET_ASPECT_RATIO } from './template-labels.ts';

/** Which pages of a layout's preview PDF to show: both faces of a card, the first sheet of a print sheet. */
function previewPages(template: TemplateSummary): PdfPreviewPage[] {
  const name = template.name;
  if (template.kind === 'sheet') {
    return [{ pageNumber: 1, label: translate('templates.preview.sheetLabel', { name }), aspectRatio: SHEET_ASPECT_RATIO }];
  }
  return [
    { pageNumber: 1, caption: translate('templates.preview.front'), label: translate('templates.preview.frontLabel', { name }), aspectRatio: CARD_ASPECT_RATIO },
    { pageNumber: 2, caption: translate('templates.preview.back'), label: translate('templates.preview.backLabel', { name }), aspectRatio: CARD_ASPECT_RATIO },
  ];
}

/** A layout drawn with sample data and the saved branding, in the card language chosen beside it. */
export function TemplatePreview({ template }: { template: TemplateSummary }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<CardLanguage>('en');
  const preview = useTemplatePreview(template.id, language);
  const picker = (
    <SelectField
      label={t('templates.preview.language')}
      value={language}
      onChange={(event) => setLanguage(event.currentTarget.value as CardLanguage)}
    >
      {CARD_LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {t(`templates.cardLanguage.${code}`)}
        </option>
      ))}
    </SelectField>
  );
  if (preview.isPending) {
    return (
      <>
        {picker}
        <Loading label={t('templates.preview.loading')} />
      </>
    );
  }
  if (preview.isError) {
    return (
      <>
        {picker}
        <Alert tone="error" title={t('templates.preview.failed')}>
          <p>{errorMessage(preview.error)}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => void preview.refetch()}>
            {t('templates.tryAgain')}
          </button>
        </Alert>
      </>
    );
  }
  return (
    <>
      {picker}
      <PdfPreview
        file={preview.data}
        pages={previewPages(template)}
        className={template.kind === 'sheet' ? 'pdf-preview--sheet' : 'pdf-preview--card'}
      />
    </>
  );
}
