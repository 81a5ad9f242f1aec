import { useId, useState } from 'react';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import type { TemplateSummary } from '../../../../../api/src/templates/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useChangeCardTemplate } from '../api/change-card-template.ts';
import { useDownloadCardPdf } from '../api/download-card-pdf.ts';
import { cardLayoutName, cardLayouts, layoutName } from './card-layouts.ts';
import { CardPreview } from './card-preview.tsx';

/** Bleed a print shop asks for: the colour runs 3 mm past the cut line. */
const PRINT_SHOP_BLEED_MM = 3;

const notPrintable: Partial<Record<CardView['status'], string>> = {
  revoked: 'This card is revoked, so it cannot be printed. If the young carer still needs a card, issue a new one from their record.',
  expired: 'This card has expired, so it cannot be printed. Renew it to print a new card.',
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
      { onSuccess: (updated) => setNotice(`Layout changed to ${cardLayoutName(templates, updated.template)}. Download the PDF again to print it.`) },
    );
  }

  return (
    <section className="panel card-printing" aria-labelledby="card-printing-title">
      <h2 id="card-printing-title" className="section-title">
        Print this card
      </h2>
      <p className="muted small">In the print dialog, choose 100% (“Actual size”), not “Fit to page”, so the card comes out at card size.</p>
      {reason ? (
        <p id={reasonId} className="card-printing__reason">
          {reason}
        </p>
      ) : (
        <p className="section-lead">
          A PDF the size of a bank card, front then back: for a card printer, or to send to the young carer to keep on
          their phone.
        </p>
      )}

      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {change.error ? (
        <Alert tone="error" title="Could not change the layout">
          {errorMessage(change.error)}
        </Alert>
      ) : null}
      {download.error ? (
        <Alert tone="error" title="Could not download the PDF">
          {errorMessage(download.error)}
        </Alert>
      ) : null}

      {reason || layouts.length === 0 ? (
        <p>
          <strong>Layout:</strong> {cardLayoutName(templates, card.template)}
        </p>
      ) : (
        <div className="card-printing__layout">
          <SelectField
            label="Layout"
            value={choice}
            onChange={(event) => {
              setChoice(event.currentTarget.value);
              setNotice(null);
              change.reset();
            }}
            hint="Large print has bigger, high-contrast text. The card’s number and QR code stay the same."
          >
            {known ? null : <option value={card.template}>{card.template} (no longer available)</option>}
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
            {change.isPending ? 'Changing…' : 'Change layout'}
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
          {download.isPending ? 'Preparing the PDF…' : 'Download PDF'}
        </button>
        {reason ? null : (
          <label className="checkbox card-printing__bleed">
            <input type="checkbox" checked={bleed} onChange={(event) => setBleed(event.currentTarget.checked)} />
            <span>Add {PRINT_SHOP_BLEED_MM} mm bleed, for a print shop</span>
          </label>
        )}
      </div>
    </section>
  );
}
