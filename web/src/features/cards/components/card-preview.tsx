import { useMutation } from '@tanstack/react-query';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { CARD_ASPECT_RATIO, PdfPreview } from '../../../components/pdf-preview.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { downloadCardPdf } from '../api/download-card-pdf.ts';

/**
 * The card as it prints, front and back, drawn from its real PDF. Shown only
 * when asked for: fetching the PDF is recorded in the audit log like a
 * download, so opening the card page alone records nothing more. Only for a
 * card that prints (not revoked or expired).
 */
export function CardPreview({ card }: { card: CardView }) {
  const { t } = useTranslation();
  const preview = useMutation({ mutationFn: downloadCardPdf });
  const title = card.number;
  return (
    <div className="card-preview">
      <h3 className="card-preview__title">
        {t('cards.preview.title')}
      </h3>
      {preview.data ? (
        <PdfPreview
          file={preview.data.blob}
          className="pdf-preview--card"
          pages={[
            { pageNumber: 1, caption: t('cards.preview.front'), label: t('cards.preview.frontLabel', { number: title }), aspectRatio: CARD_ASPECT_RATIO },
            { pageNumber: 2, caption: t('cards.preview.back'), label: t('cards.preview.backLabel', { number: title }), aspectRatio: CARD_ASPECT_RATIO },
          ]}
        />
      ) : (
        <>
          <p className="section-lead">{t('cards.preview.lead')}</p>
          {preview.error ? (
            <Alert tone="error" title={t('cards.preview.failed')}>
              {errorMessage(preview.error)}
            </Alert>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => preview.mutate({ card })} disabled={preview.isPending}>
            {preview.isPending ? t('cards.preview.pending') : t('cards.preview.show')}
          </button>
        </>
      )}
    </div>
  );
}
