import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { FirstRunChecklist } from '../first-run-checklist.tsx';
import { paths } from '../../config/paths.ts';
import { useCards } from '../../features/cards/api/get-cards.ts';
import { useDataRequests } from '../../features/data-requests/api/get-data-requests.ts';
import { DataRequestsAttention } from '../../features/data-requests/components/data-requests-attention.tsx';
import { REPORTED_LOST } from '../../features/cards/components/card-labels.ts';
import { ReportedLostCards } from '../../features/cards/components/reported-lost-cards.tsx';
import { HolderQuickSearch } from '../../features/holders/components/holder-quick-search.tsx';
import { useInvitations } from '../../features/invitations/api/get-invitations.ts';
import { LockedInvitations } from '../../features/invitations/components/locked-invitations.tsx';
import { useOutbox } from '../../features/outbox/api/get-outbox.ts';
import { OutboxAttention } from '../../features/outbox/components/outbox-attention.tsx';
import { useReferrals } from '../../features/referrals/api/get-referrals.ts';
import { ReferralsAttention } from '../../features/referrals/components/referrals-attention.tsx';
import { useErasureDue } from '../../features/retention/api/get-erasure-due.ts';
import { ErasureDue } from '../../features/retention/components/erasure-due.tsx';
import { roleLabel } from '../../features/staff/components/staff-labels.ts';
import { errorMessage } from '../../lib/api-client.ts';
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
      <FirstRunChecklist />
      <NeedsAttention />
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
            <Link to={paths.referrals.list.getHref()}>Referrals</Link>
          </h3>
          <p>Referrals sent from the public form: compare each with existing records, then accept it (the record is made for you) or decline it.</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.renewals.getHref()}>Cards expiring soon</Link>
          </h3>
          <p>Cards that expire in the next 30 days, so they can be renewed in time, and renewal reminders to their families.</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.outbox.list.getHref()}>Outbox</Link>
          </h3>
          <p>Card invitations and reminders: what was emailed, what failed, and what waits for you to print or pass on.</p>
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

/** Records due for erasure this soon are listed under Needs attention. */
const ERASURE_NOTICE_DAYS = 45;

/**
 * What staff should look at first: new referrals, young carers' correction and erasure
 * requests, invitations locked after wrong dates of birth, cards young
 * carers froze from their phone, messages waiting for staff or failed, and
 * records the retention job erases within 45 days (time to issue a new card
 * if they still need one). One question to each feature; the outbox one asks for
 * messages waiting for staff, and its `needsAction` count adds the failed ones.
 */
function NeedsAttention() {
  const locked = useInvitations({ status: 'locked' });
  const lost = useCards({ status: 'suspended', reason: REPORTED_LOST, pageSize: 5 });
  const outbox = useOutbox({ status: 'manual', pageSize: 1 });
  const due = useErasureDue(ERASURE_NOTICE_DAYS);
  const requests = useDataRequests({ status: 'open' });
  const referrals = useReferrals({ status: 'new', pageSize: 1 });
  const queries = [requests, referrals, locked, lost, outbox, due];
  const failed = queries.find((query) => query.isError);

  let body;
  if (queries.some((query) => query.isPending)) {
    body = <Loading label="Checking what needs attention…" />;
  } else if (failed) {
    body = (
      <Alert tone="error" title="Could not check what needs attention">
        <p>{errorMessage(failed.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => queries.forEach((query) => void query.refetch())}>
          Try again
        </button>
      </Alert>
    );
  } else {
    const lockedItems = locked.data?.items ?? [];
    const lostTotal = lost.data?.total ?? 0;
    const waiting = outbox.data?.total ?? 0;
    const failedMessages = Math.max(0, (outbox.data?.needsAction ?? 0) - waiting);
    const dueItems = due.data?.items ?? [];
    const requestItems = requests.data?.items ?? [];
    const newReferrals = referrals.data?.total ?? 0;
    body =
      requestItems.length + newReferrals + lockedItems.length + lostTotal + waiting + failedMessages + dueItems.length === 0 ? (
        <p className="muted">Nothing needs attention right now.</p>
      ) : (
        <div className="attention-groups">
          <ReferralsAttention waiting={newReferrals} />
          <DataRequestsAttention requests={requestItems} />
          <LockedInvitations invitations={lockedItems} />
          <ReportedLostCards items={lost.data?.items ?? []} total={lostTotal} />
          <OutboxAttention waiting={waiting} failed={failedMessages} emailEnabled={outbox.data?.emailEnabled ?? true} />
          <ErasureDue items={dueItems} months={due.data?.months ?? 12} withinDays={ERASURE_NOTICE_DAYS} />
        </div>
      );
  }
  return (
    <section className="panel needs-attention" aria-labelledby="needs-attention-title">
      <h2 id="needs-attention-title" className="section-title">
        Needs attention
      </h2>
      {body}
    </section>
  );
}
