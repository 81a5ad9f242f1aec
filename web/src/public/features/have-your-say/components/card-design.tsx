import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { useOptionPreview } from '../api/have-your-say-api.ts';

const CARD_ASPECT_RATIO = 85.6 / 54;

/** A card-design option: the front of the card as the real card renderer draws it, with made-up details. `data-state` is loading, drawn or failed. */
export function CardDesign({ consultationId, optionId, label }: { consultationId: string; optionId: string; label: string }) {
  const { t } = useTranslation();
  const preview = useOptionPreview(consultationId, optionId);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  useEffect(() => {
    if (!preview.data || !canvas.current) return;
    const target = canvas.current;
    const controller = new AbortController();
    void (async () => {
      try {
        const [{ drawFirstPage }, data] = await Promise.all([import('../../../lib/draw-pdf-page.ts'), preview.data.arrayBuffer()]);
        await drawFirstPage(data, target, controller.signal);
        if (!controller.signal.aborted) setState('drawn');
      } catch {
        if (!controller.signal.aborted) setState('failed');
      }
    })();
    return () => controller.abort();
  }, [preview.data]);
  if (preview.isError || state === 'failed') return <span className="card-design">{t('haveYourSay.designFailed')}</span>;
  return (
    <span className="card-design" data-state={state}>
      <canvas ref={canvas} className="card-design__canvas" role="img" aria-label={t('haveYourSay.designLabel', { label })} style={{ aspectRatio: String(CARD_ASPECT_RATIO) }} />
    </span>
  );
}
