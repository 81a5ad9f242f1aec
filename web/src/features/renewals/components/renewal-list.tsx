import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { RenewalItem, SendRemindersResult } from '../../../../../api/src/renewals/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { MessageStatusBadge } from '../../../components/message-status-badge.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation, type Translate } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { fullName, preferredNameNote } from '../../../lib/format-name.ts';
import { useReminderSettings } from '../api/get-reminder-settings.ts';
import { useRenewals } from '../api/get-renewals.ts';
import { useSendRenewalReminders } from '../api/send-renewal-reminders.ts';
import { dateFormat, formatCalendarDay, formatCalendarMonth } from '../../../i18n/dates.ts';

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

function daysLeftText(t: Translate, expiresOn: string): string {
  const days = daysLeft(expiresOn);
  if (days <= 0) return t('renewals.list.lastDayToday');
  return days === 1 ? t('renewals.list.lastDayTomorrow') : t('renewals.list.daysLeft', { count: days });
}

/** `2027-03` → “March 2027”, in the page's language. */
function monthWords(month: string): string {
  return formatCalendarMonth(month);
}

/** A card's last day (`2027-03-31`, no zone): the same day everywhere. */
function dayWords(value: string): string {
  return formatCalendarDay(value, 'medium');
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
  const { t } = useTranslation();

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
      <nav className="segmented" aria-label={t('renewals.list.within')}>
        <span className="segmented__label">{t('renewals.list.within')}</span>
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
                {t('renewals.list.days', { count: days })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {sent ? <SentSummary sent={sent} emailEnabled={emailEnabled} onDismiss={() => setSent(null)} /> : null}

      <section className="page-section" aria-labelledby="renewal-results-title" aria-busy={renewals.isFetching}>
        <h2 id="renewal-results-title" className="section-title" tabIndex={-1}>
          {t('renewals.list.title', { count: withinDays })}
        </h2>
        {renewals.isPending ? (
          <Loading label={t('renewals.list.loading')} />
        ) : renewals.isError ? (
          <Alert tone="error" title={t('renewals.list.loadFailed')}>
            <p>{errorMessage(renewals.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void renewals.refetch()}>
              {t('renewals.tryAgain')}
            </button>
          </Alert>
        ) : items.length === 0 ? (
          <p className="empty-state">{t('renewals.list.empty', { count: withinDays })}</p>
        ) : (
          <>
            <div className="selection-bar">
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                {t('renewals.list.send')}
              </button>
              <span className="muted small" role="status">
                {chosen.length > 0 ? t('renewals.list.toTicked', { count: chosen.length }) : t('renewals.list.toEveryone', { count: items.length })}
              </span>
              {chosen.length > 0 ? (
                <button type="button" className="button button--secondary button--small" onClick={() => setSelected(new Set())}>
                  {t('renewals.list.clearTicks')}
                </button>
              ) : null}
            </div>
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('renewals.list.caption', { count: withinDays })}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="data-table__select">
                      <input
                        type="checkbox"
                        className="table-checkbox"
                        aria-label={t('renewals.list.selectAll')}
                        checked={allSelected}
                        ref={(input) => {
                          if (input) input.indeterminate = chosen.length > 0 && !allSelected;
                        }}
                        onChange={(event) => toggle(items.map((item) => item.card.id), event.currentTarget.checked)}
                      />
                    </th>
                    <th scope="col">{t('renewals.list.youngCarer')}</th>
                    <th scope="col">{t('renewals.list.card')}</th>
                    <th scope="col">{t('renewals.list.lastDay')}</th>
                    <th scope="col">{t('renewals.list.contact')}</th>
                    <th scope="col">{t('renewals.list.reminder')}</th>
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
        title={t('renewals.check.title')}
        tone="primary"
        confirmLabel={t('renewals.check.confirm')}
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
  const { t } = useTranslation();
  const when = dateFormat('day');
  return (
    <tr className={selected ? 'data-table__row--selected' : undefined}>
      <td data-label={t('renewals.list.select')} className="data-table__select">
        <input
          type="checkbox"
          className="table-checkbox"
          aria-label={t('renewals.list.selectOne', { name: fullName(holder) })}
          checked={selected}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
      </td>
      <th scope="row" data-label={t('renewals.list.youngCarer')}>
        <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link>
        {preferred ? <span className="cell-note">{preferred}</span> : null}
      </th>
      <td data-label={t('renewals.list.card')}>
        <Link className="card-number" to={paths.cards.detail.getHref(card.id)}>
          {card.number}
        </Link>
        {card.status !== 'active' ? (
          <span className="cell-line">
            <CardStatusBadge status={card.status} />
          </span>
        ) : null}
      </td>
      <td data-label={t('renewals.list.lastDay')}>
        <time dateTime={card.expiresOn}>{dayWords(card.expiresOn)}</time>
        <span className="cell-note">{daysLeftText(t, card.expiresOn)}</span>
      </td>
      <td data-label={t('renewals.list.contact')}>
        {holder.hasEmail ? (
          <>
            {t('renewals.list.email')}
            {holder.hasPhone ? <span className="cell-note">{t('renewals.list.andPhone')}</span> : null}
          </>
        ) : holder.hasPhone ? (
          <>
            <strong>{t('renewals.list.phoneOnly')}</strong>
            <span className="cell-note">{t('renewals.list.phoneToRenew')}</span>
          </>
        ) : (
          <span className="attention">{t('renewals.list.noContact')}</span>
        )}
      </td>
      <td data-label={t('renewals.list.reminder')}>
        {card.agesOutIn ? (
          <span className="attention">{t('renewals.list.agesOut', { month: monthWords(card.agesOutIn) })}</span>
        ) : reminder ? (
          <>
            <span className="cell-line">
              {reminder.trigger === 'scheduled' ? t('renewals.list.sentAutomatically') : t('renewals.list.sentByStaff')}{' '}
              <time dateTime={reminder.at}>{when.format(new Date(reminder.at))}</time>
            </span>
            {reminder.messageStatus ? (
              <Link to={paths.outbox.detail.getHref(reminder.messageId)} className="badge-link">
                <MessageStatusBadge status={reminder.messageStatus} />
                <span className="visually-hidden"> {t('renewals.list.openMessage')}</span>
              </Link>
            ) : null}
          </>
        ) : (
          <span className="muted">{t('renewals.list.notSent')}</span>
        )}
      </td>
    </tr>
  );
}

function SentSummary({ sent, emailEnabled, onDismiss }: { sent: Sent; emailEnabled: boolean | undefined; onDismiss: () => void }) {
  const { result, phoneThem } = sent;
  const { t } = useTranslation();
  const lines: string[] = [];
  if (result.queued > 0) {
    lines.push(emailEnabled === false ? t('renewals.sent.waiting', { count: result.queued }) : t('renewals.sent.queued', { count: result.queued }));
  }
  if (result.alreadyReminded > 0) lines.push(t('renewals.sent.alreadyReminded', { count: result.alreadyReminded }));
  if (result.noEmail > 0) lines.push(t('renewals.sent.noEmail', { count: result.noEmail }));
  if (result.noContact > 0) lines.push(t('renewals.sent.noContact', { count: result.noContact }));
  if (result.agesOut > 0) lines.push(t('renewals.sent.agesOut', { count: result.agesOut }));
  return (
    <Alert tone={result.queued > 0 ? 'success' : 'info'} title={result.queued > 0 ? t('renewals.sent.title') : t('renewals.sent.titleNone')}>
      <ul className="result-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {phoneThem.length > 0 ? (
        <p>
          {t('renewals.sent.toPhone')}{' '}
          {phoneThem.map((item, index) => (
            <span key={item.card.id}>
              {index > 0 ? ', ' : null}
              <Link to={paths.holders.detail.getHref(item.holder.id)}>{fullName(item.holder)}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
        {t('renewals.sent.done')}
      </button>
    </Alert>
  );
}

/** Names, linked to their records, for the check step's lists. */
function NameList({ items }: { items: RenewalItem[] }) {
  const { t } = useTranslation();
  return (
    <ul className="result-list">
      {items.map((item) => (
        <li key={item.card.id}>
          {fullName(item.holder)}
          {item.card.agesOutIn ? ` ${t('renewals.check.agesOutNote', { month: monthWords(item.card.agesOutIn) })}` : null}
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
  const { t } = useTranslation();
  return (
    <>
      <h3 className="dialog__subtitle">{email.length > 0 ? t('renewals.check.emailed', { count: email.length }) : t('renewals.check.nobodyEmailed')}</h3>
      {email.length > 0 ? (
        <>
          <p>{t('renewals.check.emailedLead')}</p>
          <NameList items={email} />
          {emailEnabled === false ? <p className="dialog__note">{t('renewals.check.noEmailServer')}</p> : null}
        </>
      ) : null}
      {phone.length > 0 ? (
        <>
          <h3 className="dialog__subtitle">{t('renewals.check.phone', { count: phone.length })}</h3>
          <p>{t('renewals.check.phoneLead')}</p>
          <NameList items={phone} />
        </>
      ) : null}
      {neither.length > 0 ? (
        <div className="dialog__note">
          <h3 className="dialog__subtitle">{t('renewals.check.neither', { count: neither.length })}</h3>
          <p>{t('renewals.check.neitherLead')}</p>
          <NameList items={neither} />
        </div>
      ) : null}
      {agesOut.length > 0 ? (
        <>
          <h3 className="dialog__subtitle">{t('renewals.check.agesOut', { count: agesOut.length })}</h3>
          <p>{t('renewals.check.agesOutLead')}</p>
          <NameList items={agesOut} />
        </>
      ) : null}
      {reminded.length > 0 ? <p>{t('renewals.check.reminded', { count: reminded.length })}</p> : null}
    </>
  );
}
