import { useEffect, useRef, useState } from 'react';
import { Link } from '../../../lib/router.tsx';
import type { MyCard } from '../../../../../../api/src/my-card/schemas.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { useQrCode } from '../../../../hooks/use-qr-code.ts';
import { paths } from '../../../config/paths.ts';
import { formatLongDate, formatMoment } from '../../../lib/format.ts';
import { useReportLost, useSignOut } from '../api/my-card-api.ts';
import { InstallButton } from './install-button.tsx';
import { MyBenefits } from './my-benefits.tsx';

/**
 * The young carer's own card, as they show it: photo, name, a QR code big
 * enough for a shop's phone to scan off the screen, the card number to read
 * out, and the expiry. Then, calmly: download to print, "I've lost my card",
 * the offers that apply to them, and removing the card from this phone.
 */
export function MyCardView({ card, savedCopy, online }: { card: MyCard; savedCopy: boolean; online: boolean }) {
  const issuer = card.issuer;
  const helpline = issuer.helpline ? ` on ${issuer.helpline}` : '';
  return (
    <div className="my-card">
      {savedCopy ? (
        <p className="my-card__saved" role="status">
          <strong>Saved on this phone</strong>, as of {formatMoment(new Date(card.asOf))}. It works without signal; it updates when you are back online.
        </p>
      ) : null}

      {card.state === 'active' && card.card ? <ActiveCard card={card} /> : <CardNotice card={card} helpline={helpline} />}

      {card.state === 'active' && card.card ? (
        <section className="panel my-card__actions" aria-labelledby="card-actions-title">
          <h2 id="card-actions-title">Your card</h2>
          <p>
            <a className="button button--secondary" href="/api/my/card/pdf" download aria-disabled={!online || undefined} onClick={(e) => !online && e.preventDefault()}>
              Download to print (PDF)
            </a>
            {!online ? <span className="field__hint"> Connect to the internet to download it.</span> : null}
          </p>
          <InstallButton />
          <LostCard online={online} organisation={issuer.name} helpline={helpline} />
        </section>
      ) : null}

      {card.state === 'active' ? <MyBenefits benefits={card.benefits} /> : null}

      <section className="panel" aria-labelledby="kept-link-title">
        <h2 id="kept-link-title">Your information</h2>
        <p>
          See <Link to={paths.myData.getHref()}>what we keep about you</Link> and who can see it. You can ask us to fix it or delete it there.
        </p>
      </section>

      <RemoveFromPhone online={online} />
    </div>
  );
}

function ActiveCard({ card }: { card: MyCard }) {
  const face = card.card!;
  const qr = useQrCode(face.verifyUrl);
  const [brighter, setBrighter] = useState(false);
  return (
    <section className={brighter ? 'card-face card-face--bright' : 'card-face'} aria-labelledby="card-name">
      <p className="card-face__issuer">{card.issuer.name}</p>
      <div className="card-face__top">
        {card.photoUrl ? <img className="card-face__photo" src={card.photoUrl} alt="Your photo" width={96} height={128} /> : null}
        <div>
          <p className="card-face__what">Young carer card</p>
          <h2 id="card-name" className="card-face__name">
            {card.name}
          </h2>
          <p className="card-face__expiry">
            Valid until <strong>{formatLongDate(face.expiresOn)}</strong>
          </p>
        </div>
      </div>
      <div className="card-face__qr">
        {qr ? <img src={qr} alt="QR code of your card. Show it to be scanned." data-verify-url={face.verifyUrl} /> : <p className="card-face__qr-wait">Drawing your QR code…</p>}
      </div>
      <p className="card-face__hint">Show this to be scanned. Turn your screen brightness up if it does not scan first time.</p>
      <p className="card-face__number">
        Card number <strong>{face.number}</strong>
      </p>
      <button type="button" className="button button--small button--secondary" onClick={() => setBrighter((b) => !b)} aria-pressed={brighter}>
        {brighter ? 'Normal view' : 'Bigger QR code'}
      </button>
    </section>
  );
}

/** Every state but active: said kindly, with what happens next and whom to call. */
function CardNotice({ card, helpline }: { card: MyCard; helpline: string }) {
  const organisation = card.issuer.name;
  const face = card.card;
  switch (card.state) {
    case 'frozen':
      return (
        <Alert tone="info" title={face?.reportedLost ? 'Your card is frozen' : 'Your card is paused'} className="my-card__notice">
          {face?.reportedLost ? (
            <>
              <p>You told us you lost it{face.frozenAt ? ` (${formatMoment(new Date(face.frozenAt))})` : ''}, so nobody else can use it now: if someone tries, it shows as not valid.</p>
              <p>
                <strong>What happens next:</strong> {organisation} can see you froze it and will sort out a new card for you. If you find your card, they can unfreeze it.
                {helpline ? ` You can call them${helpline}.` : null}
              </p>
            </>
          ) : (
            <p>
              {organisation} has paused your card for now. Please get in touch with them{helpline} to find out more.
            </p>
          )}
        </Alert>
      );
    case 'expired':
      return (
        <Alert tone="info" title="Your card has run out" className="my-card__notice">
          <p>
            It was valid until {face ? formatLongDate(face.expiresOn) : 'recently'}. Ask {organisation}
            {helpline} to renew it: your new card will show here.
          </p>
        </Alert>
      );
    case 'revoked':
      return (
        <Alert tone="info" title="This card has ended" className="my-card__notice">
          <p>
            This card can no longer be used. If you think that is a mistake, or you need a new card, please contact {organisation}
            {helpline}. A new card will show here as soon as it is ready.
          </p>
        </Alert>
      );
    default:
      return (
        <Alert tone="info" title="Your card is on its way" className="my-card__notice">
          <p>
            {organisation} has not finished your card yet. It will show here as soon as it is ready. Questions? Contact them{helpline}.
          </p>
        </Alert>
      );
  }
}

function LostCard({ online, organisation, helpline }: { online: boolean; organisation: string; helpline: string }) {
  const lost = useReportLost();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);
  const confirm = async () => {
    try {
      await lost.mutateAsync();
      setOpen(false);
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <div className="lost-card">
      <h3>Lost your card?</h3>
      <p>You can freeze it straight away, so nobody else can use it. Freezing stops the card on this phone too.</p>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)} disabled={!online}>
        I&apos;ve lost my card
      </button>
      {!online ? <p className="field__hint">Connect to the internet to freeze it, or call {organisation}{helpline}.</p> : null}
      <dialog ref={dialog} className="dialog" aria-labelledby="lost-title" onClose={() => setOpen(false)}>
        <h2 id="lost-title">Freeze your card?</h2>
        <p>
          <strong>This freezes your plastic card and the card on this phone.</strong> Both stop working at once: if anyone shows either of them,
          it will say not valid. You cannot unfreeze it yourself.
        </p>
        <p>
          {organisation} will see that you froze it and can send you a new one. If you find it again, they can unfreeze it
          {helpline ? ` (call them${helpline})` : ''}.
        </p>
        <p>
          Lost only the plastic card, and want to keep showing this phone? Do not freeze it: {helpline ? `call ${organisation}${helpline}` : `contact ${organisation}`}{' '}
          and they can make you a new card, which shows here as soon as it is ready.
        </p>
        {lost.isError ? (
          <p className="field__error" role="alert">
            {lost.error instanceof Error ? lost.error.message : 'That did not work.'} Try again, or call {organisation}
            {helpline}.
          </p>
        ) : null}
        <div className="dialog__buttons">
          <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={lost.isPending}>
            {lost.isPending ? 'Freezing…' : 'Yes, freeze my card'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={lost.isPending}>
            No, keep it
          </button>
        </div>
      </dialog>
    </div>
  );
}

function RemoveFromPhone({ online }: { online: boolean }) {
  const signOut = useSignOut();
  const [asking, setAsking] = useState(false);
  return (
    <section className="panel remove-card" aria-labelledby="remove-title">
      <h2 id="remove-title">Sharing this phone?</h2>
      <p>You can take your card off this phone. You will need your code and date of birth to open it again.</p>
      {asking ? (
        <p className="remove-card__confirm">
          <button type="button" className="button button--secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending || !online}>
            {signOut.isPending ? 'Removing…' : 'Yes, remove it'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)} disabled={!online}>
          Remove my card from this phone
        </button>
      )}
      {signOut.isError ? <p className="field__error" role="alert">{signOut.error.message}</p> : null}
    </section>
  );
}
