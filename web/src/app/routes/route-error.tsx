import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** Shown when a page fails to draw. No details on screen: they may hold personal data. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <AuthLayout>
      <Page title={notFound ? t('app.notFound.title') : t('app.routeError.title')}>
        <div className="prose">
          <p>
            {notFound
              ? t('app.routeError.notFound')
              : t('app.routeError.text')}
          </p>
          <div className="button-row">
            {notFound ? null : (
              <button type="button" className="button" onClick={() => window.location.reload()}>
                {t('app.routeError.reload')}
              </button>
            )}
            <Link className="button button--secondary" to={paths.home.getHref()}>
              {t('app.goHome')}
            </Link>
          </div>
        </div>
      </Page>
    </AuthLayout>
  );
}
