import { useEffect, useState } from 'react';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { withStrong } from './emphasis.tsx';

type InstallPrompt = Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }> };

/**
 * "Add to home screen": the browser's own install prompt where it offers one
 * (Chrome, Edge, Samsung Internet), else a line saying where to find it.
 * Nothing shows once the card is opened from the home screen.
 */
export function InstallButton() {
  const { t } = useTranslation();
  const [prompt, setPrompt] = useState<InstallPrompt | null>(null);
  const [installed, setInstalled] = useState(() => window.matchMedia?.('(display-mode: standalone)').matches ?? false);
  useEffect(() => {
    const offered = (event: Event) => {
      event.preventDefault();
      setPrompt(event as InstallPrompt);
    };
    const done = () => setInstalled(true);
    window.addEventListener('beforeinstallprompt', offered);
    window.addEventListener('appinstalled', done);
    return () => {
      window.removeEventListener('beforeinstallprompt', offered);
      window.removeEventListener('appinstalled', done);
    };
  }, []);
  if (installed) return null;
  return (
    <div className="install">
      <h3>{t('my.install.title')}</h3>
      {prompt ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void prompt.prompt();
            void prompt.userChoice.then(({ outcome }) => outcome === 'accepted' && setInstalled(true));
            setPrompt(null);
          }}
        >
          {t('my.install.button')}
        </button>
      ) : (
        <p>{withStrong(t, 'my.install.howTo', 'menuItem', t('my.install.menuItem'))}</p>
      )}
    </div>
  );
}
