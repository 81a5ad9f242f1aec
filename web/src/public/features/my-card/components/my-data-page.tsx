import type { ReactNode } from 'react';
import { Link } from '../../../lib/router.tsx';
import type { MyData } from '../../../../../../api/src/my-card/schemas.ts';
import type { InvitationStatus } from '../../../../../../api/src/invitations/schemas.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { paths } from '../../../config/paths.ts';
import { formatLongDate, formatMoment } from '../../../lib/format.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useMyData } from '../api/my-data-api.ts';
import { MyDataRequests } from './my-data-requests.tsx';

const consentByWords: Record<string, string> = {
  young_carer: 'You',
  parent: 'Your parent',
  guardian: 'Your guardian',
  professional: 'A professional who works with you (like a teacher or social worker)',
};
const consentHowWords: Record<string, string> = { written: 'in writing', verbal: 'by talking to us', online: 'online' };
const cardStatusWords: Record<string, string> = { active: 'Working', suspended: 'Paused', revoked: 'Stopped', expired: 'Run out' };
const reasonWords: Record<string, string> = {
  reported_lost: 'you told us you lost it',
  lost: 'lost',
  stolen: 'stolen',
  damaged: 'damaged',
  no_longer_caring: 'you are no longer a young carer',
  moved_away: 'you moved away',
  consent_withdrawn: 'the yes to keeping your card was taken back',
  issued_in_error: 'it was made by mistake',
  under_review: 'staff are checking something',
  holder_request: 'you asked us to',
  other: 'another reason',
};
const invitationWords: Record<InvitationStatus, string> = { active: 'Still works', used: 'Used: it opened your card on a phone', expired: 'Run out', revoked: 'Stopped by staff', locked: 'Locked (wrong birthday typed too many times)' };
const messageKindWords: Record<string, string> = { card_invitation: 'Your card link', renewal_reminder: 'A reminder to renew your card', invitation_locked: 'A note to staff that a link was locked' };
const requestKindWords: Record<string, string> = { correction: 'Fix something', erasure: 'Delete my record' };
const contactWords: Record<string, string> = { phone: 'by phone', email: 'by email', online: 'online', face_to_face: 'face to face' };
const requestStatusWords: Record<string, string> = { open: 'Waiting for staff', done: 'Done', declined: 'Staff said no (they will tell you why)' };

const STAFF = 'Staff at';
const when = (iso: string | null) => (iso ? formatMoment(new Date(iso)) : null);

/** One thing we keep: what it is, what it says, and who can see it. */
function Item({ label, value, who }: { label: string; value: ReactNode; who: string }) {
  return (
    <div className="kept-item">
      <dt>{label}</dt>
      <dd>
        <span className="kept-item__value">{value ?? <span className="kept-item__none">Nothing kept</span>}</span>
        <span className="kept-item__who">
          <strong>Who can see it:</strong> {who}
        </span>
      </dd>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="panel kept-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      {children}
    </section>
  );
}

/**
 * /my/data, "What we keep about me" (Children's Code standard 15): every
 * thing the service holds about the young carer, in plain words, with who
 * can see each, then a way to ask for a fix or for the record to be deleted.
 */
export function MyDataPage() {
  const query = useMyData();
  if (query.isPending) return <p role="status">Getting what we keep about you…</p>;
  if (query.isError) {
    if (query.error instanceof ApiRefused && query.error.status === 401) {
      return (
        <Alert tone="info" title="Open your card first">
          <p>
            This page only works on a phone where your card is open. <Link to={paths.myCard.getHref()}>Open your card</Link>, then come back here.
          </p>
        </Alert>
      );
    }
    return (
      <Alert tone="error" title="This page could not be opened">
        <p>Please check you are online and try again.</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  return <MyDataView data={query.data} />;
}

function MyDataView({ data }: { data: MyData }) {
  const org = data.issuer.name;
  const staffOnly = `${STAFF} ${org}. Shops never see it.`;
  const { about } = data;
  const cardName = about.preferredName ?? about.givenName;
  return (
    <div className="my-data">
      <p className="page-lead">
        This page shows <strong>everything {org} keeps about you</strong>, and who can see it. If something is wrong, you can ask us to fix it. You can also ask us to
        delete it. <a href="#ask">Jump to asking us</a>.
      </p>

      <Section id="about-title" title="About you">
        <dl className="kept-list">
          <Item label="Your first name" value={about.givenName} who={about.preferredName ? staffOnly : `${STAFF} ${org}, and shops when they check your card.`} />
          <Item label="Your last name" value={about.familyName} who={staffOnly} />
          <Item
            label="The name on your card"
            value={about.preferredName ?? `Not set, so your card shows your first name (${about.givenName})`}
            who={`${STAFF} ${org}, anyone you show your card to, and shops when they check it.`}
          />
          <Item label="Your date of birth" value={formatLongDate(about.dateOfBirth)} who={`${staffOnly} It is used to check it is really you, and to work out which offers are for your age.`} />
          <Item label="Email address" value={about.contactEmail} who={`${staffOnly} We use it to send your card link and reminders.`} />
          <Item label="Phone number" value={about.contactPhone} who={`${staffOnly} Staff use it to get in touch.`} />
          <Item
            label="Your photo"
            value={about.photoUrl ? <img className="kept-item__photo" src={about.photoUrl} alt="Your photo, as we keep it" width={72} height={96} /> : null}
            who={`${STAFF} ${org}. It is printed on your card, so anyone you show the card to sees it. Shops checking your card on their phone do not get it.`}
          />
          <Item label="Your reference number" value={about.reference} who={staffOnly} />
          <Item label="Notes staff wrote about you" value={about.notes ? <span className="kept-item__note">{about.notes}</span> : null} who={staffOnly} />
          <Item
            label="Who said yes to us keeping this"
            value={`${consentByWords[about.consentBy] ?? about.consentBy}, ${consentHowWords[about.consentMethod] ?? about.consentMethod}, on ${formatLongDate(about.consentAt.slice(0, 10))}`}
            who={staffOnly}
          />
          <Item label="When your record was made" value={when(about.createdAt)} who={staffOnly} />
          <Item label="When staff last changed it" value={when(about.updatedAt)} who={staffOnly} />
          <Item
            label="A note about your caring"
            value={
              data.caringNoteKept
                ? 'Staff keep a short note about your caring. It is not shown here, because it can be about the person you look after. You can ask staff about it.'
                : 'Staff have not written one.'
            }
            who={staffOnly}
          />
        </dl>
      </Section>

      <Section id="shops-title" title="What a shop sees when it checks your card">
        {data.shopsSee ? (
          <>
            <dl className="kept-list">
              <Item label="Your card is" value={data.shopsSee.result === 'valid' ? 'Working' : 'Run out'} who="The shop checking it." />
              <Item label="Name" value={data.shopsSee.name} who="The shop checking it." />
              {data.shopsSee.cardNumber ? <Item label="Card number" value={data.shopsSee.cardNumber} who="The shop checking it." /> : null}
              <Item label="Valid until" value={formatLongDate(data.shopsSee.expiresOn)} who="The shop checking it." />
            </dl>
            <p>
              They also see {org}&apos;s name and helpline{data.shopsSee.result === 'valid' ? ', and the offers that are for you' : ''}. They never see your last name, your
              birthday, your photo, your email or phone, or anything about who you care for.
            </p>
          </>
        ) : (
          <p>Right now a shop checking your card only sees that it is not valid, and {org}&apos;s name and helpline. Nothing about you.</p>
        )}
      </Section>

      <Section id="cards-title" title="Your cards" intro={`Who can see them: ${STAFF} ${org}. Shops see the card number and the date it runs out.`}>
        {data.cards.length === 0 ? (
          <p>You do not have a card yet.</p>
        ) : (
          <ul className="kept-rows">
            {data.cards.map((card) => (
              <li key={card.number}>
                <strong>{card.number}</strong>
                {card.current ? ' (your card now)' : ''}: {cardStatusWords[card.status] ?? card.status}
                {card.statusReason ? ` because ${reasonWords[card.statusReason] ?? 'of another reason'}` : ''}. Made {when(card.issuedAt)}, valid until {formatLongDate(card.expiresOn)}.
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="devices-title" title="Phones your card is open on" intro={`Who can see them: ${STAFF} ${org}. Staff can take your card off a lost phone.`}>
        <ul className="kept-rows">
          {data.devices.map((device) => (
            <li key={device.createdAt}>
              {device.thisPhone ? <strong>This phone: </strong> : null}
              opened {when(device.createdAt)}, last used {when(device.lastSeenAt)}. {device.active ? 'Still open.' : 'Not open any more.'}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="links-title" title="Links and codes we sent you" intro={`Who can see them: ${STAFF} ${org}. We only keep a scrambled copy of each code, so nobody can read it back.`}>
        {data.invitations.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="kept-rows">
            {data.invitations.map((invitation) => (
              <li key={invitation.createdAt}>
                {invitation.channel === 'email' ? 'Emailed' : 'Printed'} {when(invitation.createdAt)}: {invitationWords[invitation.status] ?? invitation.status}. Used {invitation.uses}{' '}
                {invitation.uses === 1 ? 'time' : 'times'}.
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="messages-title" title="Messages we sent" intro={`Who can see them: ${STAFF} ${org}.`}>
        {data.messages.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="kept-rows">
            {data.messages.map((message) => (
              <li key={message.createdAt + message.subject}>
                {messageKindWords[message.kind] ?? message.kind}, {when(message.createdAt)}
                {message.to ? ` to ${message.to}` : ' (printed)'}: “{message.subject}”
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="requests-title" title="What you asked us" intro={`Who can see it: ${STAFF} ${org}.`}>
        {data.requests.length === 0 ? (
          <p>You have not asked us anything here yet.</p>
        ) : (
          <ul className="kept-rows">
            {data.requests.map((request) => (
              <li key={request.id}>
                <strong>{requestKindWords[request.kind]}</strong>, {when(request.createdAt)}: {requestStatusWords[request.status]}
                {request.text ? <span className="kept-item__note">“{request.text}”</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="take-part-title" title="Taking part in design groups and events" intro={`Who can see it: ${STAFF} ${org}, so they can get in touch.`}>
        {data.takePart ? (
          <p data-testid="take-part-kept">
            You {data.takePart.source === 'staff' ? 'told staff' : 'said on your card page'} on {when(data.takePart.createdAt)} that you would like to take part. We will contact you{' '}
            {data.takePart.contactBy.map((method) => contactWords[method] ?? method).join(' or ')}.{' '}
            {data.takePart.followedUpAt ? `Staff got back to you on ${when(data.takePart.followedUpAt)}.` : 'Staff have not got back to you yet.'}
          </p>
        ) : (
          <p>You have not said you would like to take part. You can say so under “Have your say” on your card page.</p>
        )}
      </Section>

      <Section id="log-title" title="A record of what happens to your record">
        <p>
          We also keep a list of every time someone looked at or changed your record, and when ({data.historyEntries} {data.historyEntries === 1 ? 'entry' : 'entries'} so far).
          Only the people in charge at {org} can see it. It helps keep your information safe.
        </p>
      </Section>

      <MyDataRequests organisation={org} helpline={data.issuer.helpline} cardName={cardName} />
    </div>
  );
}
