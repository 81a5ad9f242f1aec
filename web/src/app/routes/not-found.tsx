import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.notFound.title')}>
      <div className="prose">
        <p>{t('app.notFound.text')}</p>
        <p>
          <Link to={paths.home.getHref()}>{t('app.goHome')}</Link>
        </p>
      </div>
    </Page>
  );
}
