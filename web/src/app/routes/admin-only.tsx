import { Link, Outlet } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** Admin pages. The API refuses staff anyway; this says so politely instead of showing errors. */
export function AdminOnly() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (isAdmin(user)) return <Outlet />;
  return (
    <Page title={t('app.adminOnly.title')}>
      <div className="prose">
        <p>
          {t('app.adminOnly.who')}
        </p>
        <p>{t('app.adminOnly.ask')}</p>
        <p>
          <Link to={paths.home.getHref()}>{t('app.goHome')}</Link>
        </p>
      </div>
    </Page>
  );
}
