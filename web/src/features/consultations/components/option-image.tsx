import { BlobImage } from '../../../components/ui/blob-image.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useOptionImage } from '../api/consultations-api.ts';

/** A picture option as young carers see it: the re-encoded image with the alt text staff wrote. */
export function OptionImage({ consultationId, optionId, alt }: { consultationId: string; optionId: string; alt: string }) {
  const image = useOptionImage(consultationId, optionId);
  const { t } = useTranslation();
  if (image.isPending) return <Loading label={t('consultations.option.pictureLoading')} />;
  if (image.isError) return <p className="muted">{t('consultations.option.pictureFailed')}</p>;
  return <BlobImage blob={image.data} alt={alt} className="option-image" />;
}
