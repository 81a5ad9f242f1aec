import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { formatDate } from '../../../lib/format-date.ts';
import { CardActionButtons } from './card-actions.tsx';
import { isReportedLost } from './card-labels.ts';

/**
 * A card the young carer froze from their own page ("I've lost my card"):
 * it shows as not valid until staff resume it (it turned up) or reissue it.
 * With `onDone`, the notice offers those two actions itself; without, it
 * points to the card's own actions below it.
 */
export function ReportedLostNotice({
  card,
  holderName,
  onDone,
}: {
  card: CardView;
  holderName: string | undefined;
  onDone?: (notice: string) => void;
}) {
  if (!isReportedLost(card)) return null;
  const on = card.statusChangedAt ? (
    <>
      {' '}
      on <time dateTime={card.statusChangedAt}>{formatDate(card.statusChangedAt)}</time>
    </>
  ) : null;
  return (
    <Alert tone="warning" title={`Card ${card.number} is frozen`} className="reported-lost">
      <p>
        Reported lost by the young carer{on}: resume it if it turns up, or reissue a new card. Until then it shows as{' '}
        <strong>not valid</strong> when scanned.
      </p>
      {onDone ? (
        <CardActionButtons card={card} holderName={holderName} onDone={onDone} only={['resume', 'reissue']} />
      ) : (
        <p>Use Resume card or Reissue card below.</p>
      )}
    </Alert>
  );
}
