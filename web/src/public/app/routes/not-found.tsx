import { Link } from '../../lib/router.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { paths } from '../../config/paths.ts';

export function NotFoundRoute() {
  return (
    <PublicLayout title="Page not found">
      <p>There is no page at this address.</p>
      <p>
        <Link to={paths.verify.getHref()}>Check a young carer card</Link>
      </p>
    </PublicLayout>
  );
}
