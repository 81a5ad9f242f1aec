import { useTranslation } from '../../../i18n/use-translation.ts';
import { PublicLayout } from '../../components/public-layout.tsx';

/** Something in a page failed to draw: say so plainly and offer a reload (the shell is cached, so it works offline). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t('app.routeError.title')}>
      <p>{t('app.routeError.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.routeError.reload')}
      </button>
    </PublicLayout>
  );
}
