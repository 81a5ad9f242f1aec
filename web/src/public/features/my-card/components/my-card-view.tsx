import { useEffect, useRef, useState } from 'react';
import { Link } from '../../../lib/router.tsx';
import type { MyCard } from '../../../../../../api/src/my-card/schemas.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { useQrCode } from '../../../../hooks/use-qr-code.ts';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { paths } from '../../../config/paths.ts';
import { formatCalendarDay, formatMoment } from '../../../../i18n/dates.ts';
import { useReportLost, useSignOut } from '../api/my-card-api.ts';
import { withStrong } from './emphasis.tsx';
import { InstallButton } from './install-button.tsx';
import { MyBenefits } from './my-benefits.tsx';

/** The charity's name and helpline, as every "call them" sentence takes them (`call` is yes when there is a helpline). */
type Contact = { organisation: string; helpline: string; call: 'yes' | 'no' };

/**
 * The young carer's own card, as they show it: photo, name, a QR code big
 * enough for a shop's phone to scan off the screen, the card number to read
 * out, and the expiry. Then, calmly: download to print, "I've lost my card",
 * the offers that apply to them, and removing the card from this phone.
 */
export function MyCardView({ card, savedCopy, online }: { card: MyCard; savedCopy: boolean; online: boolean }) {
  const { t } = useTranslation();
  const contact: Contact = { organisation: card.issuer.name, helpline: card.issuer.helpline, call: card.issuer.helpline ? 'yes' : 'no' };
  return (
    <div className="my-card">
      {savedCopy ? (
        <p className="my-card__saved" role="status">
          {withStrong(t, 'my.card.saved', 'saved', t('my.card.savedStrong'), { moment: formatMoment(new Date(card.asOf)) })}
        </p>
      ) : null}

      {card.state === 'active' && card.card ? <ActiveCard card={card} /> : <CardNotice card={card} contact={contact} />}

      {card.state === 'active' && card.card ? (
        <section className="panel my-card__actions" aria-labelledby="card-actions-title">
          <h2 id="card-actions-title">{t('my.card.actionsTitle')}</h2>
          <p>
            <a className="button button--secondary" href="/api/my/card/pdf" download aria-disabled={!online || undefined} onClick={(e) => !online && e.preventDefault()}>
              {t('my.card.download')}
            </a>
            {!online ? <span className="field__hint"> {t('my.card.downloadOffline')}</span> : null}
          </p>
          <InstallButton />
          <LostCard online={online} contact={contact} />
        </section>
      ) : null}

      {card.state === 'active' ? <MyBenefits benefits={card.benefits} /> : null}

      <section className="panel" aria-labelledby="kept-link-title">
        <h2 id="kept-link-title">{t('my.card.infoTitle')}</h2>
        <p>
          {t('my.card.infoBefore')}
          <Link to={paths.myData.getHref()}>{t('my.card.infoLink')}</Link>
          {t('my.card.infoAfter')}
        </p>
      </section>

      <RemoveFromPhone online={online} />
    </div>
  );
}

function ActiveCard({ card }: { card: MyCard }) {
  const { t } = useTranslation();
  const face = card.card!;
  const qr = useQrCode(face.verifyUrl);
  const [brighter, setBrighter] = useState(false);
  return (
    <section className={brighter ? 'card-face card-face--bright' : 'card-face'} aria-labelledby="card-name">
      <p className="card-face__issuer">{card.issuer.name}</p>
      <div className="card-face__top">
        {card.photoUrl ? <img className="card-face__photo" src={card.photoUrl} alt={t('my.card.photoAlt')} width={96} height={128} /> : null}
        <div>
          <p className="card-face__what">{t('my.card.what')}</p>
          <h2 id="card-name" className="card-face__name">
            <bdi>{card.name}</bdi>
          </h2>
          <p className="card-face__expiry">{withStrong(t, 'my.card.validUntil', 'date', formatCalendarDay(face.expiresOn))}</p>
        </div>
      </div>
      <div className="card-face__qr">
        {qr ? <img src={qr} alt={t('my.card.qrAlt')} data-verify-url={face.verifyUrl} /> : <p className="card-face__qr-wait">{t('my.card.qrDrawing')}</p>}
      </div>
      <p className="card-face__hint">{t('my.card.scanHint')}</p>
      <p className="card-face__number">
        {withStrong(t, 'my.card.number', 'number', <bdi dir="ltr">{face.number}</bdi>)}
      </p>
      <button type="button" className="button button--small button--secondary" onClick={() => setBrighter((b) => !b)} aria-pressed={brighter}>
        {brighter ? t('my.card.normalView') : t('my.card.biggerQr')}
      </button>
    </section>
  );
}

/** Every state but active: said kindly, with what happens next and whom to call. */
function CardNotice({ card, contact }: { card: MyCard; contact: Contact }) {
  const { t } = useTranslation();
  const face = card.card;
  switch (card.state) {
    case 'frozen':
      return (
        <Alert tone="info" title={face?.reportedLost ? t('my.notice.frozenTitle') : t('my.notice.pausedTitle')} className="my-card__notice">
          {face?.reportedLost ? (
            <>
              <p>
                {face.frozenAt
                  ? t('my.notice.frozenWhen', { moment: formatMoment(new Date(face.frozenAt)) })
                  : t('my.notice.frozen')}
              </p>
              <p>{withStrong(t, 'my.notice.frozenNext', 'next', t('my.notice.whatNext'), contact)}</p>
            </>
          ) : (
            <p>{t('my.notice.paused', contact)}</p>
          )}
        </Alert>
      );
    case 'expired':
      return (
        <Alert tone="info" title={t('my.notice.expiredTitle')} className="my-card__notice">
          <p>{face ? t('my.notice.expired', { ...contact, date: formatCalendarDay(face.expiresOn) }) : t('my.notice.expiredRecently', contact)}</p>
        </Alert>
      );
    case 'revoked':
      return (
        <Alert tone="info" title={t('my.notice.revokedTitle')} className="my-card__notice">
          <p>{t('my.notice.revoked', contact)}</p>
        </Alert>
      );
    default:
      return (
        <Alert tone="info" title={t('my.notice.comingTitle')} className="my-card__notice">
          <p>{t('my.notice.coming', contact)}</p>
        </Alert>
      );
  }
}

function LostCard({ online, contact }: { online: boolean; contact: Contact }) {
  const { t } = useTranslation();
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
      <h3>{t('my.lost.title')}</h3>
      <p>{t('my.lost.lead')}</p>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)} disabled={!online}>
        {t('my.lost.button')}
      </button>
      {!online ? <p className="field__hint">{t('my.lost.offline', contact)}</p> : null}
      <dialog ref={dialog} className="dialog" aria-labelledby="lost-title" onClose={() => setOpen(false)}>
        <h2 id="lost-title">{t('my.lost.dialogTitle')}</h2>
        <p>{withStrong(t, 'my.lost.both', 'both', t('my.lost.bothStrong'))}</p>
        <p>{t('my.lost.afterwards', contact)}</p>
        <p>{t('my.lost.onlyPlastic', contact)}</p>
        {lost.isError ? (
          <p className="field__error" role="alert">
            {t('my.lost.failed', contact)}
          </p>
        ) : null}
        <div className="dialog__buttons">
          <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={lost.isPending}>
            {lost.isPending ? t('my.lost.freezing') : t('my.lost.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={lost.isPending}>
            {t('my.lost.cancel')}
          </button>
        </div>
      </dialog>
    </div>
  );
}

function RemoveFromPhone({ online }: { online: boolean }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const [asking, setAsking] = useState(false);
  return (
    <section className="panel remove-card" aria-labelledby="remove-title">
      <h2 id="remove-title">{t('my.remove.title')}</h2>
      <p>{t('my.remove.lead')}</p>
      {asking ? (
        <p className="remove-card__confirm">
          <button type="button" className="button button--secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending || !online}>
            {signOut.isPending ? t('my.remove.removing') : t('my.remove.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
            {t('my.remove.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)} disabled={!online}>
          {t('my.remove.button')}
        </button>
      )}
      {signOut.isError ? (
        <p className="field__error" role="alert">
          {t('my.remove.failed')}
        </p>
      ) : null}
    </section>
  );
}
