import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { AuthLayout } from '../../components/layouts/auth-layout.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';

/** Shown when a page fails to draw. No details on screen: they may hold personal data. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <AuthLayout>
      <Page title={notFound ? 'Page not found' : 'Something went wrong'}>
        <div className="prose">
          <p>
            {notFound
              ? 'There is no page at this address.'
              : 'This page could not be shown. Reloading usually helps; if it keeps happening, tell whoever runs the service.'}
          </p>
          <div className="button-row">
            {notFound ? null : (
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload the page
              </button>
            )}
            <Link className="button button--secondary" to={paths.home.getHref()}>
              Go to the home page
            </Link>
          </div>
        </div>
      </Page>
    </AuthLayout>
  );
}
