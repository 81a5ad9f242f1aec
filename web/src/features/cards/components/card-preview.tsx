import { useMutation } from '@tanstack/react-query';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { CARD_ASPECT_RATIO, PdfPreview } from '../../../components/pdf-preview.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { downloadCardPdf } from '../api/download-card-pdf.ts';

/**
 * The card as it prints, front and back, drawn from its real PDF. Shown only
 * when asked for: fetching the PDF is recorded in the audit log like a
 * download, so opening the card page alone records nothing more. Only for a
 * card that prints (not revoked or expired).
 */
export function CardPreview({ card }: { card: CardView }) {
  const preview = useMutation({ mutationFn: downloadCardPdf });
  const title = card.number;
  return (
    <div className="card-preview">
      <h3 className="card-preview__title">
        What the card looks like
      </h3>
      {preview.data ? (
        <PdfPreview
          file={preview.data.blob}
          className="pdf-preview--card"
          pages={[
            { pageNumber: 1, caption: 'Front', label: `Front of card ${title}, as it prints`, aspectRatio: CARD_ASPECT_RATIO },
            { pageNumber: 2, caption: 'Back', label: `Back of card ${title}, as it prints`, aspectRatio: CARD_ASPECT_RATIO },
          ]}
        />
      ) : (
        <>
          <p className="section-lead">The front and back of this card, drawn from the PDF that prints. Check the photo, name and layout before printing.</p>
          {preview.error ? (
            <Alert tone="error" title="Could not show the card">
              {errorMessage(preview.error)}
            </Alert>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => preview.mutate({ card })} disabled={preview.isPending}>
            {preview.isPending ? 'Drawing the card…' : 'Show the card'}
          </button>
        </>
      )}
    </div>
  );
}
