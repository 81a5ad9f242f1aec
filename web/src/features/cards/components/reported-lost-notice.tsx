import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { formatDate } from '../../../lib/format-date.ts';
import { CardActionButtons } from './card-actions.tsx';
import { isReportedLost } from './card-labels.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

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
  const { t, rich } = useTranslation();
  if (!isReportedLost(card)) return null;
  const on = card.statusChangedAt;
  return (
    <Alert tone="warning" title={t('cards.reportedLost.frozen', { number: card.number })} className="reported-lost">
      <p>
        {on
          ? rich('cards.reportedLost.noticeOn', {
              time: () => (
                <time key="time" dateTime={on}>
                  {formatDate(on)}
                </time>
              ),
            })
          : rich('cards.reportedLost.notice')}
      </p>
      {onDone ? (
        <CardActionButtons card={card} holderName={holderName} onDone={onDone} only={['resume', 'reissue']} />
      ) : (
        <p>{t('cards.reportedLost.useBelow')}</p>
      )}
    </Alert>
  );
}
