import { useId, useState } from 'react';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useChangeCardTemplate } from '../api/change-card-template.ts';
import { useDownloadCardPdf } from '../api/download-card-pdf.ts';
import { cardLayoutName, cardLayouts, layoutName } from './card-layouts.ts';
import { CardPreview } from './card-preview.tsx';

/** Bleed a print shop asks for: the colour runs 3 mm past the cut line. */
const PRINT_SHOP_BLEED_MM = 3;

const notPrintable: Partial<Record<CardView['status'], string>> = {
  revoked: 'cards.printing.revoked',
  expired: 'cards.printing.expired',
};

/**
 * The card as a PDF (front then back, bank-card size) and the layout it
 * prints with. Revoked and expired cards are never printed: a fresh-looking
 * copy of a dead card would mislead whoever is shown it.
 */
export function CardPrinting({
  card,
  templates,
}: {
  card: CardView;
  /** The layouts (GET /api/templates), or undefined while they are not known. */
  templates: TemplateSummary[] | undefined;
}) {
  const { t } = useTranslation();
  const download = useDownloadCardPdf();
  const change = useChangeCardTemplate();
  const [bleed, setBleed] = useState(false);
  const [choice, setChoice] = useState(card.template);
  const [notice, setNotice] = useState<string | null>(null);
  const reasonId = useId();
  const reason = notPrintable[card.status];
  const layouts = cardLayouts(templates);
  const known = layouts.some((layout) => layout.id === card.template);

  function changeLayout() {
    setNotice(null);
    download.reset();
    change.mutate(
      { id: card.id, template: choice },
      { onSuccess: (updated) => setNotice(t('cards.printing.changed', { layout: cardLayoutName(templates, updated.template) })) },
    );
  }

  return (
    <section className="panel card-printing" aria-labelledby="card-printing-title">
      <h2 id="card-printing-title" className="section-title">
        {t('cards.printing.title')}
      </h2>
      <p className="muted small">{t('cards.printing.actualSize')}</p>
      {reason ? (
        <p id={reasonId} className="card-printing__reason">
          {t(reason)}
        </p>
      ) : (
        <p className="section-lead">{t('cards.printing.lead')}</p>
      )}

      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {change.error ? (
        <Alert tone="error" title={t('cards.printing.changeFailed')}>
          {errorMessage(change.error)}
        </Alert>
      ) : null}
      {download.error ? (
        <Alert tone="error" title={t('cards.printing.downloadFailed')}>
          {errorMessage(download.error)}
        </Alert>
      ) : null}

      {reason || layouts.length === 0 ? (
        <p>
          <strong>{t('cards.printing.layoutIs')}</strong> {cardLayoutName(templates, card.template)}
        </p>
      ) : (
        <div className="card-printing__layout">
          <SelectField
            label={t('cards.issue.layout')}
            value={choice}
            onChange={(event) => {
              setChoice(event.currentTarget.value);
              setNotice(null);
              change.reset();
            }}
            hint={t('cards.printing.layoutHint')}
          >
            {known ? null : <option value={card.template}>{t('cards.printing.unavailable', { layout: card.template })}</option>}
            {layouts.map((layout) => (
              <option key={layout.id} value={layout.id}>
                {layoutName(layout)}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button button--secondary"
            onClick={changeLayout}
            disabled={choice === card.template || change.isPending}
          >
            {change.isPending ? t('cards.printing.changing') : t('cards.printing.change')}
          </button>
        </div>
      )}

      {reason ? null : <CardPreview key={card.template} card={card} />}

      <div className="button-row card-printing__download">
        <button
          type="button"
          className="button"
          onClick={() => {
            setNotice(null);
            download.mutate({ card, bleed: bleed ? PRINT_SHOP_BLEED_MM : 0 });
          }}
          disabled={Boolean(reason) || download.isPending}
          aria-describedby={reason ? reasonId : undefined}
        >
          {download.isPending ? t('cards.printing.preparing') : t('cards.printing.download')}
        </button>
        {reason ? null : (
          <label className="checkbox card-printing__bleed">
            <input type="checkbox" checked={bleed} onChange={(event) => setBleed(event.currentTarget.checked)} />
            <span>{t('cards.printing.bleed', { mm: PRINT_SHOP_BLEED_MM })}</span>
          </label>
        )}
      </div>
    </section>
  );
}
