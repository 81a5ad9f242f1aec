import { CARD_ASPECT_RATIO, PdfPreview } from '../../../components/pdf-preview.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useOptionPreview } from '../api/consultations-api.ts';

/** A credit card's width / height. */

/** A card-design option, front only, as the real card renderer draws it with sample details. */
export function OptionPreview({ consultationId, optionId, label }: { consultationId: string; optionId: string; label: string }) {
  const preview = useOptionPreview(consultationId, optionId);
  const { t } = useTranslation();
  if (preview.isPending) return <Loading label={t('consultations.option.drawing')} />;
  if (preview.isError) return <p className="muted">{t('consultations.option.drawFailed')}</p>;
  return <PdfPreview file={preview.data} pages={[{ pageNumber: 1, label: t('consultations.option.front', { label }), aspectRatio: CARD_ASPECT_RATIO }]} />;
}
