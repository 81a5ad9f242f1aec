import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { roleLabel } from '../../features/staff/components/staff-labels.ts';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

export function HomeRoute() {
  const user = useCurrentUser();
  const firstName = user.name.split(/\s+/)[0] || user.name;
  const admin = isAdmin(user);

  return (
    <Page
      title={`Welcome, ${firstName}`}
      lead={
        <p>
          You are signed in as <strong>{user.name}</strong> ({user.email}) with the{' '}
          <strong>{roleLabel[user.role].toLowerCase()}</strong> role.
        </p>
      }
    >
      <h2 className="section-title">What’s next</h2>
      <ul className="tiles">
        <li className="tile tile--upcoming">
          <h3 className="tile__title">Young carers and their cards</h3>
          <p>
            Coming soon: register young carers, issue, renew and revoke their ID cards, and print them. You will find
            them here.
          </p>
        </li>
        {admin ? (
          <>
            <li className="tile">
              <h3 className="tile__title">
                <Link to={paths.staff.getHref()}>Staff accounts</Link>
              </h3>
              <p>Add the people in your team, give them the staff or admin role, and disable accounts that are no longer needed.</p>
            </li>
            <li className="tile">
              <h3 className="tile__title">
                <Link to={paths.audit.getHref()}>Audit log</Link>
              </h3>
              <p>See who did what and when, and check that the record has not been altered.</p>
            </li>
          </>
        ) : (
          <li className="tile">
            <h3 className="tile__title">Your account</h3>
            <p>To change your name or role, or if you forget your password, ask an admin in your team.</p>
          </li>
        )}
      </ul>
    </Page>
  );
}
