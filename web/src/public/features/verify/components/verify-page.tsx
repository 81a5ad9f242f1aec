import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { Link, useLocation, useNavigate } from '../../../lib/router.tsx';
import { PublicLayout } from '../../../components/public-layout.tsx';
import { CameraIcon } from '../../../components/icons.tsx';
import { paths } from '../../../config/paths.ts';
import { useCardCheck, type CardCheck } from '../api/check-card.ts';
import { cardLinkIn } from '../card-link.ts';
import { useOfflineReadiness } from '../offline/use-offline-readiness.ts';
import { getPartnerLink } from '../api/get-partner-link.ts';
import { forgetPartner, partnerState, rememberPartner, rememberPartnerName, subscribeToPartner } from '../remembered.ts';
import { announcementFor } from './announcement.ts';
import { CardNumberForm } from './card-number-form.tsx';
import { NotCheckedScreen } from './not-checked-screen.tsx';
import { OfflineReadinessNote } from './offline-readiness-note.tsx';
import { PartnerLinkNotice } from './partner-link-notice.tsx';
import { ResultScreen } from './result-screen.tsx';

/** The in-page scanner (camera, QR decoding) loads when "Scan a card" is pressed: a card opened from its QR link never needs it. */
const CardScanner = lazy(async () => ({ default: (await import('./card-scanner.tsx')).CardScanner }));

/**
 * /v: opened by a phone camera from a card's QR code (/v#token), by a
 * partner's own link (/v?p=code), or directly to scan in-page or type a card
 * number. Shows one full-screen answer at a time; a live region announces it.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { partner, justSaved: partnerJustSaved } = useSyncExternalStore(subscribeToPartner, partnerState);
  const [scanning, setScanning] = useState(false);
  const readiness = useOfflineReadiness();
  /** After "Check another card", the start page's heading takes focus (the button that had it is gone). */
  const [returnedToStart, setReturnedToStart] = useState(false);

  const check = useCardCheck();
  const { mutate } = check;

  // A card token (#...) or partner code (?p=...) in the address: take it, then clear
  // the address, so the token is neither left on screen nor in this history entry.
  // Once per navigation (the router makes a new location object for each; keys repeat after a
  // fragment-only navigation), even when React runs the effect twice in development.
  const handled = useRef<typeof location | null>(null);
  useEffect(() => {
    if (handled.current === location) return;
    handled.current = location;
    const link = cardLinkIn(location);
    if (!link.token && !link.partnerCode && !location.hash && !location.search) return;
    if (link.partnerCode) rememberPartner(link.partnerCode);
    navigate(paths.verify.getHref(), { replace: true });
    if (link.token) mutate({ token: link.token });
  }, [location, navigate, mutate]);

  // A partner remembered without its name (just opened, or saved before names were looked up): ask once which shop it is.
  const unnamedCode = partner && !partner.name ? partner.code : undefined;
  useEffect(() => {
    if (!unnamedCode) return;
    let current = true;
    getPartnerLink(unnamedCode)
      .then((link) => {
        if (current) rememberPartnerName(unnamedCode, link.name);
      })
      // Offline, or a link of a partner no longer active: the notice shows the code instead.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [unnamedCode]);

  const onScanned = useCallback(
    (token: string) => {
      setScanning(false);
      mutate({ token });
    },
    [mutate],
  );
  const checkAnother = () => {
    check.reset();
    setScanning(false);
    setReturnedToStart(true);
  };

  const result: CardCheck | undefined = check.data;
  let screen;
  if (check.isPending || (check.isIdle && cardLinkIn(location).token !== undefined)) {
    screen = (
      <main className="checking-screen" aria-busy="true">
        <title>{t('verify.checking')}</title>
        <div className="spinner" aria-hidden="true" />
        <p className="checking-screen__text">{t('verify.checking')}</p>
      </main>
    );
  } else if (result && result.kind !== 'not-checked') {
    screen = <ResultScreen check={result} partnerName={partner?.name} onCheckAnother={checkAnother} />;
  } else if (result) {
    const input = check.variables;
    screen = <NotCheckedScreen check={result} onRetry={input ? () => mutate(input) : undefined} onCheckAnother={checkAnother} />;
  } else {
    screen = (
      <PublicLayout
        title={t('verify.title')}
        focusHeading={returnedToStart}
        lead={<p>{t('verify.lead')}</p>}
      >
        {partner ? (
          <PartnerLinkNotice
            partner={partner}
            justSaved={partnerJustSaved}
            onForget={forgetPartner}
          />
        ) : null}
        <section className="panel" aria-labelledby="scan-heading">
          <h2 id="scan-heading">{t('verify.scanHeading')}</h2>
          {scanning ? (
            <Suspense fallback={<p role="status">{t('verify.scanner.starting')}</p>}>
              <CardScanner onToken={onScanned} onClose={() => setScanning(false)} />
            </Suspense>
          ) : (
            <button type="button" className="button button--primary button--large" onClick={() => setScanning(true)}>
              <CameraIcon className="button__icon" />
              {t('verify.scanButton')}
            </button>
          )}
        </section>
        <section className="panel" aria-labelledby="number-heading">
          <h2 id="number-heading">{t('verify.numberHeading')}</h2>
          <CardNumberForm onSubmit={(cardNumber) => mutate({ cardNumber })} />
        </section>
        <OfflineReadinessNote readiness={readiness} />
        <p className="more-links">
          <Link to={paths.partnerGuide.getHref()}>{t('verify.howToCheck')}</Link>
          <span aria-hidden="true"> · </span>
          <Link to={paths.benefits.getHref()}>{t('verify.benefitsLink')}</Link>
        </p>
      </PublicLayout>
    );
  }

  return (
    <>
      {/* Present before any answer arrives, so screen readers announce each one. */}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {result ? announcementFor(result) : ''}
      </p>
      {screen}
    </>
  );
}
