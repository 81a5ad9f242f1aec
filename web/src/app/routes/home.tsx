import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { HolderQuickSearch } from '../../features/holders/components/holder-quick-search.tsx';
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
      <section className="panel home-search" aria-labelledby="home-search-title">
        <h2 id="home-search-title" className="visually-hidden">
          Search
        </h2>
        <HolderQuickSearch />
      </section>
      <h2 className="section-title">What’s next</h2>
      <ul className="tiles">
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.holders.new.getHref()}>Register a young carer</Link>
          </h3>
          <p>Add their details and consent, then issue their ID card.</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.holders.list.getHref()}>Young carers</Link>
          </h3>
          <p>Find a young carer, update their record and photo, and see their cards and history.</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.cards.list.getHref({ expiringWithinDays: 30 })}>Cards expiring soon</Link>
          </h3>
          <p>Cards that expire in the next 30 days, so they can be renewed in time.</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.partners.list.getHref()}>Partners</Link>
          </h3>
          <p>
            The shops and services that honour the card and what they offer
            {admin ? ', with their verify links, API keys and scan statistics' : ''}.
          </p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.templates.getHref()}>Card templates</Link>
          </h3>
          <p>See every card layout, including large print, with sample details and your branding.</p>
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
            <li className="tile">
              <h3 className="tile__title">
                <Link to={paths.signingKeys.getHref()}>Signing keys</Link>
              </h3>
              <p>Rotate the key that signs cards’ QR codes, or withdraw one that may be compromised.</p>
            </li>
            <li className="tile">
              <h3 className="tile__title">
                <Link to={paths.branding.getHref()}>Branding</Link>
              </h3>
              <p>Set the name, colour, logo and wording printed on every card, with a live preview.</p>
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
