import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { RenewalItem, SendRemindersResult } from '../../../../../api/src/renewals/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { MessageStatusBadge } from '../../../components/message-status-badge.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate, formatDate } from '../../../lib/format-date.ts';
import { fullName, preferredNameNote } from '../../../lib/format-name.ts';
import { useReminderSettings } from '../api/get-reminder-settings.ts';
import { useRenewals } from '../api/get-renewals.ts';
import { useSendRenewalReminders } from '../api/send-renewal-reminders.ts';

/** The windows staff choose from; 30 days unless the URL says otherwise. */
export const RENEWAL_WINDOWS = [7, 14, 30, 60, 90] as const;
export const DEFAULT_WINDOW = 30;

export function windowFromParam(value: string | null): number {
  const days = Number(value);
  return (RENEWAL_WINDOWS as readonly number[]).includes(days) ? days : DEFAULT_WINDOW;
}

/** Days from today (in the browser's zone) to a card's last valid day. */
function daysLeft(expiresOn: string, now = new Date()): number {
  const [y, m, d] = expiresOn.split('-').map(Number) as [number, number, number];
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(y, m - 1, d) - today) / 86_400_000);
}

function daysLeftText(expiresOn: string): string {
  const days = daysLeft(expiresOn);
  if (days <= 0) return 'Last day today';
  return days === 1 ? 'Last day tomorrow' : `${days} days left`;
}

/** `2027-03` → “ages out on March 2027: no renewal possible”. */
function agesOutText(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const words = new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `Ages out on ${words}: no renewal possible`;
}

type Sent = { result: SendRemindersResult; phoneThem: RenewalItem[] };

/**
 * Cards that run out soon, soonest first, with whether their young carer was
 * reminded. Staff tick rows (or none, for everyone listed) and send renewal
 * reminders: one per card, ever; those without an email are to be phoned.
 */
export function RenewalList() {
  const [searchParams] = useSearchParams();
  const withinDays = windowFromParam(searchParams.get('days'));
  const renewals = useRenewals(withinDays);
  const emailEnabled = useReminderSettings().data?.emailEnabled;
  const send = useSendRenewalReminders();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);

  const items = renewals.data?.items ?? [];
  const chosen = items.filter((item) => selected.has(item.card.id));
  const targets = chosen.length > 0 ? chosen : items;
  const allSelected = items.length > 0 && chosen.length === items.length;

  function toggle(cardIds: string[], add: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of cardIds) {
        if (add) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  function confirm() {
    const cardIds = chosen.length > 0 ? chosen.map((item) => item.card.id) : undefined;
    const phoneThem = targets.filter((item) => !item.holder.hasEmail && item.card.agesOutIn === null);
    send.mutate(
      { withinDays, ...(cardIds ? { cardIds } : {}) },
      {
        onSuccess: (result) => {
          setConfirming(false);
          setSelected(new Set());
          setSent({ result, phoneThem });
        },
      },
    );
  }

  return (
    <>
      <nav className="segmented" aria-label="Expiring within">
        <span className="segmented__label">Expiring within</span>
        <ul>
          {RENEWAL_WINDOWS.map((days) => (
            <li key={days}>
              <Link
                className="segmented__link"
                to={paths.renewals.getHref(days === DEFAULT_WINDOW ? {} : { days })}
                aria-current={days === withinDays ? 'page' : undefined}
                onClick={() => {
                  setSelected(new Set());
                  setSent(null);
                }}
              >
                {days} days
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {sent ? <SentSummary sent={sent} emailEnabled={emailEnabled} onDismiss={() => setSent(null)} /> : null}

      <section className="page-section" aria-labelledby="renewal-results-title" aria-busy={renewals.isFetching}>
        <h2 id="renewal-results-title" className="section-title" tabIndex={-1}>
          Cards running out in the next {withinDays} days
        </h2>
        {renewals.isPending ? (
          <Loading label="Loading cards…" />
        ) : renewals.isError ? (
          <Alert tone="error" title="Could not load the cards">
            <p>{errorMessage(renewals.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void renewals.refetch()}>
              Try again
            </button>
          </Alert>
        ) : items.length === 0 ? (
          <p className="empty-state">No current card runs out in the next {withinDays} days.</p>
        ) : (
          <>
            <div className="selection-bar">
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                Send renewal reminders
              </button>
              <span className="muted small" role="status">
                {chosen.length > 0
                  ? `To the ${chosen.length === 1 ? '1 card' : `${chosen.length} cards`} ticked.`
                  : `To everyone listed (${items.length}). Tick rows to choose.`}
              </span>
              {chosen.length > 0 ? (
                <button type="button" className="button button--secondary button--small" onClick={() => setSelected(new Set())}>
                  Clear ticks
                </button>
              ) : null}
            </div>
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">Cards running out in the next {withinDays} days, soonest first</caption>
                <thead>
                  <tr>
                    <th scope="col" className="data-table__select">
                      <input
                        type="checkbox"
                        className="table-checkbox"
                        aria-label="Select every card listed"
                        checked={allSelected}
                        ref={(input) => {
                          if (input) input.indeterminate = chosen.length > 0 && !allSelected;
                        }}
                        onChange={(event) => toggle(items.map((item) => item.card.id), event.currentTarget.checked)}
                      />
                    </th>
                    <th scope="col">Young carer</th>
                    <th scope="col">Card</th>
                    <th scope="col">Last day</th>
                    <th scope="col">Contact</th>
                    <th scope="col">Reminder</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <RenewalRow key={item.card.id} item={item} selected={selected.has(item.card.id)} onToggle={(add) => toggle([item.card.id], add)} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <ConfirmDialog
        open={confirming}
        title="Check who gets a renewal reminder"
        tone="primary"
        confirmLabel="Send reminders"
        isPending={send.isPending}
        error={send.error ? errorMessage(send.error) : undefined}
        onClose={() => {
          setConfirming(false);
          send.reset();
        }}
        onConfirm={confirm}
      >
        <ReminderCheck targets={targets} emailEnabled={emailEnabled} />
      </ConfirmDialog>
    </>
  );
}

function RenewalRow({ item, selected, onToggle }: { item: RenewalItem; selected: boolean; onToggle: (add: boolean) => void }) {
  const { card, holder, reminder } = item;
  const preferred = preferredNameNote(holder);
  return (
    <tr className={selected ? 'data-table__row--selected' : undefined}>
      <td data-label="Select" className="data-table__select">
        <input
          type="checkbox"
          className="table-checkbox"
          aria-label={`Select ${fullName(holder)}`}
          checked={selected}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
      </td>
      <th scope="row" data-label="Young carer">
        <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link>
        {preferred ? <span className="cell-note">{preferred}</span> : null}
      </th>
      <td data-label="Card">
        <Link className="card-number" to={paths.cards.detail.getHref(card.id)}>
          {card.number}
        </Link>
        {card.status !== 'active' ? (
          <span className="cell-line">
            <CardStatusBadge status={card.status} />
          </span>
        ) : null}
      </td>
      <td data-label="Last day">
        <time dateTime={card.expiresOn}>{formatCalendarDate(card.expiresOn)}</time>
        <span className="cell-note">{daysLeftText(card.expiresOn)}</span>
      </td>
      <td data-label="Contact">
        {holder.hasEmail ? (
          <>
            Email
            {holder.hasPhone ? <span className="cell-note">and phone</span> : null}
          </>
        ) : holder.hasPhone ? (
          <>
            <strong>Phone only</strong>
            <span className="cell-note">Phone them to renew</span>
          </>
        ) : (
          <span className="attention">No email or phone</span>
        )}
      </td>
      <td data-label="Reminder">
        {card.agesOutIn ? (
          <span className="attention">{agesOutText(card.agesOutIn)}</span>
        ) : reminder ? (
          <>
            <span className="cell-line">
              {reminder.trigger === 'scheduled' ? 'Sent automatically' : 'Sent by staff'}{' '}
              <time dateTime={reminder.at}>{formatDate(reminder.at)}</time>
            </span>
            {reminder.messageStatus ? (
              <Link to={paths.outbox.detail.getHref(reminder.messageId)} className="badge-link">
                <MessageStatusBadge status={reminder.messageStatus} />
                <span className="visually-hidden"> (open the message)</span>
              </Link>
            ) : null}
          </>
        ) : (
          <span className="muted">Not sent</span>
        )}
      </td>
    </tr>
  );
}

function SentSummary({ sent, emailEnabled, onDismiss }: { sent: Sent; emailEnabled: boolean | undefined; onDismiss: () => void }) {
  const { result, phoneThem } = sent;
  const lines: string[] = [];
  if (result.queued > 0) {
    const n = result.queued === 1 ? '1 reminder' : `${result.queued} reminders`;
    lines.push(emailEnabled === false ? `${n} waiting in the outbox (email is not set up): pass them on from there.` : `${n} queued: emailed in the next few seconds.`);
  }
  if (result.alreadyReminded > 0) {
    lines.push(`${result.alreadyReminded} already reminded: a card gets one reminder, never a second.`);
  }
  if (result.noEmail > 0) lines.push(`${result.noEmail} with no email: phone them.`);
  if (result.noContact > 0) lines.push(`${result.noContact} with no email or phone: reach them another way.`);
  if (result.agesOut > 0) lines.push(`${result.agesOut} ageing out: no reminder, as no renewal is possible.`);
  return (
    <Alert tone={result.queued > 0 ? 'success' : 'info'} title={result.queued > 0 ? 'Renewal reminders sent' : 'No new reminders sent'}>
      <ul className="result-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {phoneThem.length > 0 ? (
        <p>
          To phone:{' '}
          {phoneThem.map((item, index) => (
            <span key={item.card.id}>
              {index > 0 ? ', ' : null}
              <Link to={paths.holders.detail.getHref(item.holder.id)}>{fullName(item.holder)}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
        Done
      </button>
    </Alert>
  );
}

/** Names, linked to their records, for the check step's lists. */
function NameList({ items }: { items: RenewalItem[] }) {
  return (
    <ul className="result-list">
      {items.map((item) => (
        <li key={item.card.id}>
          {fullName(item.holder)}
          {item.card.agesOutIn ? ` (${agesOutText(item.card.agesOutIn).replace(/^A/, 'a')})` : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The check step before bulk reminders: who gets an email, who must be
 * phoned, who has neither, and who is ageing out (no renewal could give them
 * a later card, so they are never reminded to renew).
 */
function ReminderCheck({ targets, emailEnabled }: { targets: RenewalItem[]; emailEnabled: boolean | undefined }) {
  const agesOut = targets.filter((item) => item.card.agesOutIn !== null);
  const renewable = targets.filter((item) => item.card.agesOutIn === null);
  const reminded = renewable.filter((item) => item.reminder !== null);
  const due = renewable.filter((item) => item.reminder === null);
  const email = due.filter((item) => item.holder.hasEmail);
  const phone = due.filter((item) => !item.holder.hasEmail && item.holder.hasPhone);
  const neither = due.filter((item) => !item.holder.hasEmail && !item.holder.hasPhone);
  const people = (n: number) => (n === 1 ? '1 young carer' : `${n} young carers`);
  return (
    <>
      <h3 className="dialog__subtitle">{email.length > 0 ? `Emailed: ${people(email.length)}` : 'Nobody will be emailed'}</h3>
      {email.length > 0 ? (
        <>
          <p>An email to their contact address, saying when their card runs out and to get in touch to renew it.</p>
          <NameList items={email} />
          {emailEnabled === false ? (
            <p className="dialog__note">Email is not set up on this server: the reminders will wait in the outbox for you to pass on.</p>
          ) : null}
        </>
      ) : null}
      {phone.length > 0 ? (
        <>
          <h3 className="dialog__subtitle">To phone: {people(phone.length)}</h3>
          <p>They have a phone number but no email: no reminder is sent, phone them to renew.</p>
          <NameList items={phone} />
        </>
      ) : null}
      {neither.length > 0 ? (
        <div className="dialog__note">
          <h3 className="dialog__subtitle">No email or phone: {people(neither.length)}</h3>
          <p>Nothing can be sent to them: reach them another way (at school, through whoever referred them, or by letter), and add a contact to their record.</p>
          <NameList items={neither} />
        </div>
      ) : null}
      {agesOut.length > 0 ? (
        <>
          <h3 className="dialog__subtitle">Ageing out: {people(agesOut.length)}</h3>
          <p>Their card already runs until they reach the age limit, so a renewal could give no later card: they get no reminder.</p>
          <NameList items={agesOut} />
        </>
      ) : null}
      {reminded.length > 0 ? <p>{people(reminded.length)} already reminded: each card gets one reminder, ever, so they are skipped.</p> : null}
    </>
  );
}
