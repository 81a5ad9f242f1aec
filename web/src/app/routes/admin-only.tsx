import { Link, Outlet } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

/** Admin pages. The API refuses staff anyway; this says so politely instead of showing errors. */
export function AdminOnly() {
  const user = useCurrentUser();
  if (isAdmin(user)) return <Outlet />;
  return (
    <Page title="You need an admin account">
      <div className="prose">
        <p>
          Only admins can manage staff accounts, partners and their benefits, signing keys and the branding printed on
          cards, and read the audit log and scan statistics.
        </p>
        <p>If you need to do this, ask an admin in your team to do it for you, or to give your account the admin role.</p>
        <p>
          <Link to={paths.home.getHref()}>Go to the home page</Link>
        </p>
      </div>
    </Page>
  );
}
