import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';

export function NotFoundRoute() {
  return (
    <Page title="Page not found">
      <div className="prose">
        <p>There is no page at this address. If you typed it, check it for mistakes.</p>
        <p>
          <Link to={paths.home.getHref()}>Go to the home page</Link>
        </p>
      </div>
    </Page>
  );
}
