import { CARD_ASPECT_RATIO, PdfPreview } from '../../../components/pdf-preview.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useOptionPreview } from '../api/consultations-api.ts';

/** A credit card's width / height. */

/** A card-design option, front only, as the real card renderer draws it with sample details. */
export function OptionPreview({ consultationId, optionId, label }: { consultationId: string; optionId: string; label: string }) {
  const preview = useOptionPreview(consultationId, optionId);
  if (preview.isPending) return <Loading label="Drawing the card…" />;
  if (preview.isError) return <p className="muted">The card could not be drawn.</p>;
  return <PdfPreview file={preview.data} pages={[{ pageNumber: 1, label: `Front of the card design "${label}", with sample details`, aspectRatio: CARD_ASPECT_RATIO }]} />;
}
