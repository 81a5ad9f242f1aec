import { useTranslation } from '../../../i18n/use-translation.ts';
import { Link } from '../../lib/router.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { paths } from '../../config/paths.ts';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t('app.notFound.title')}>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to={paths.verify.getHref()}>{t('app.notFound.link')}</Link>
      </p>
    </PublicLayout>
  );
}
