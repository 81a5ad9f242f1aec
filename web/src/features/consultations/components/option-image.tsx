import { BlobImage } from '../../../components/ui/blob-image.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useOptionImage } from '../api/consultations-api.ts';

/** A picture option as young carers see it: the re-encoded image with the alt text staff wrote. */
export function OptionImage({ consultationId, optionId, alt }: { consultationId: string; optionId: string; alt: string }) {
  const image = useOptionImage(consultationId, optionId);
  if (image.isPending) return <Loading label="Loading the picture…" />;
  if (image.isError) return <p className="muted">The picture could not be loaded.</p>;
  return <BlobImage blob={image.data} alt={alt} className="option-image" />;
}
