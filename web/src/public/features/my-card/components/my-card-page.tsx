import { useEffect, useState, type ReactNode } from 'react';
import { Alert } from '../../../../components/ui/alert.tsx';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useMyCard } from '../api/my-card-api.ts';
import { MyCardView } from './my-card-view.tsx';
import { SignInForm } from './sign-in-form.tsx';

/**
 * The code from an invitation link (`/my#code=K7P3Q-9MD2H`), read once and
 * taken out of the address bar, so it is not left on screen, in the
 * history, or in a screenshot someone shares.
 */
function takeCodeFromAddress(): string | null {
  const code = new URLSearchParams(window.location.hash.slice(1)).get('code');
  if (window.location.hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  return code;
}

/**
 * A code link opened while /my is already open in the tab changes only the
 * address's fragment: no page load, so the code is read from it here too.
 */
function useCodeFromLinks(onCode: (code: string) => void): void {
  useEffect(() => {
    const read = () => {
      const code = takeCodeFromAddress();
      if (code !== null) onCode(code);
    };
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [onCode]);
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** Added to the home screen from here, the card opens /my (not the verify page): this page's own manifest. */
function useMyCardManifest(): void {
  useEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) return;
    const previous = link.getAttribute('href');
    link.setAttribute('href', `${import.meta.env.BASE_URL}my-card.webmanifest`);
    return () => {
      if (previous) link.setAttribute('href', previous);
    };
  }, []);
}

/**
 * /my: a young carer's own card. Opened from the link staff sent (the code
 * is in it), or by typing the code; then the phone stays signed in, and the
 * card opens even with no signal from the copy saved on the phone.
 * `below` is drawn under the card once signed in and online ("Have your say").
 */
export function MyCardPage({ below }: { below?: ReactNode } = {}) {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | null>(takeCodeFromAddress);
  useCodeFromLinks(setCode);
  const query = useMyCard();
  const online = useOnline();
  useMyCardManifest();

  // Signed in with the link's code: the card takes over from the form.
  // Keyed by the code, so a second link opened in this tab starts the form afresh with its code.
  if (code !== null) return <SignInForm key={code} initialCode={code} replacesCard={query.isSuccess} onSignedIn={() => setCode(null)} />;
  if (query.isPending) return <p role="status">{t('my.page.opening')}</p>;
  if (query.isError) {
    if (query.error instanceof ApiRefused && query.error.status === 401) return <SignInForm initialCode={null} replacesCard={false} onSignedIn={() => setCode(null)} />;
    return (
      <Alert tone="error" title={t('my.page.notOpenedTitle')}>
        <p>
          {online ? t('my.page.tryAgainSoon') : t('my.page.offlineNotSaved')}
        </p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('my.page.tryAgain')}
        </button>
      </Alert>
    );
  }
  return (
    <>
      <MyCardView card={query.data.card} savedCopy={query.data.savedCopy} online={online} />
      {online ? below : null}
    </>
  );
}
