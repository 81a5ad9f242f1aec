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
import { useTranslation } from '../../i18n/use-translation.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

export function HomeRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const firstName = user.name.split(/\s+/)[0] || user.name;
  const admin = isAdmin(user);

  return (
    <Page
      title={t('home.welcome', { name: firstName })}
      lead={
        <p>
          {t('home.signedInAs')} <strong>{user.name}</strong> ({user.email}) {t('home.withRole')}{' '}
          <strong>{roleLabel[user.role].toLowerCase()}</strong>
          {t('home.roleAfter')}
        </p>
      }
    >
      <section className="panel home-search" aria-labelledby="home-search-title">
        <h2 id="home-search-title" className="visually-hidden">
          {t('home.search')}
        </h2>
        <HolderQuickSearch />
      </section>
      <FirstRunChecklist />
      <NeedsAttention />
      <h2 className="section-title">{t('home.next')}</h2>
      <ul className="tiles">
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.holders.new.getHref()}>{t('home.tiles.register.title')}</Link>
          </h3>
          <p>{t('home.tiles.register.text')}</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.holders.list.getHref()}>{t('home.tiles.holders.title')}</Link>
          </h3>
          <p>{t('home.tiles.holders.text')}</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.referrals.list.getHref()}>{t('home.tiles.referrals.title')}</Link>
          </h3>
          <p>{t('home.tiles.referrals.text')}</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.renewals.getHref()}>{t('home.tiles.renewals.title')}</Link>
          </h3>
          <p>{t('home.tiles.renewals.text')}</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.outbox.list.getHref()}>{t('home.tiles.outbox.title')}</Link>
          </h3>
          <p>{t('home.tiles.outbox.text')}</p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.partners.list.getHref()}>{t('home.tiles.partners.title')}</Link>
          </h3>
          <p>
            {admin ? t('home.tiles.partners.textAdmin') : t('home.tiles.partners.text')}
          </p>
        </li>
        <li className="tile">
          <h3 className="tile__title">
            <Link to={paths.templates.getHref()}>{t('home.tiles.templates.title')}</Link>
          </h3>
          <p>{t('home.tiles.templates.text')}</p>
        </li>
        {admin ? (
          <>
            <li className="tile">
              <h3 className="tile__title">
                <Link to={paths.staff.getHref()}>{t('home.tiles.staff.title')}</Link>
              </h3>
              <p>{t('home.tiles.staff.text')}</p>
            </li>
            <li className="tile">
              <h3 className="tile__title">
                <Link to={paths.audit.getHref()}>{t('home.tiles.audit.title')}</Link>
              </h3>
              <p>{t('home.tiles.audit.text')}</p>
            </li>
            <li className="tile">
              <h3 className="tile__title">
                <Link to={paths.signingKeys.getHref()}>{t('home.tiles.signingKeys.title')}</Link>
              </h3>
              <p>{t('home.tiles.signingKeys.text')}</p>
            </li>
            <li className="tile">
              <h3 className="tile__title">
                <Link to={paths.branding.getHref()}>{t('home.tiles.branding.title')}</Link>
              </h3>
              <p>{t('home.tiles.branding.text')}</p>
            </li>
          </>
        ) : (
          <li className="tile">
            <h3 className="tile__title">{t('home.tiles.account.title')}</h3>
            <p>{t('home.tiles.account.text')}</p>
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
  const { t } = useTranslation();
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
    body = <Loading label={t('home.attention.loading')} />;
  } else if (failed) {
    body = (
      <Alert tone="error" title={t('home.attention.failed')}>
        <p>{errorMessage(failed.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => queries.forEach((query) => void query.refetch())}>
          {t('holders.list.tryAgain')}
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
        <p className="muted">{t('home.attention.nothing')}</p>
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
        {t('home.attention.title')}
      </h2>
      {body}
    </section>
  );
}
