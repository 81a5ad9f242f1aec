import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { HolderDevices } from './holder-devices.tsx';
import { HolderInvitations } from './holder-invitations.tsx';
import type { SlipOrganisation } from './invitation-slip.tsx';
import { SendCard } from './send-card.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';

/**
 * "Their card on their phone", on a young carer's record: send the card
 * (email or printed slip), the invitations sent, and the phones signed in.
 * The default export lets the record page load it as a chunk of its own.
 */
export default function HolderOwnCard({
  holderId,
  firstName,
  contactEmail,
  language,
  currentCard,
  organisation,
  emailEnabled,
}: {
  holderId: string;
  firstName: string;
  contactEmail: string | null;
  /** The young carer's language (messages and the printed slip go in it). */
  language: string;
  /** Active or suspended; undefined when they have none to send. */
  currentCard: CardView | undefined;
  organisation: SlipOrganisation | undefined;
  /** Whether the server can send email (SMTP_URL); undefined while not known. */
  emailEnabled: boolean | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {currentCard ? (
        <SendCard key={currentCard.id} card={currentCard} recipient={{ firstName, contactEmail, language }} organisation={organisation} emailEnabled={emailEnabled} />
      ) : (
        <p className="muted">{t('invitations.ownCard.none')}</p>
      )}
      <HolderInvitations holderId={holderId} />
      <HolderDevices holderId={holderId} firstName={firstName} />
    </>
  );
}
