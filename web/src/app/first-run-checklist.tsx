import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { paths } from '../config/paths.ts';
import { useBranding } from '../features/branding/api/get-branding.ts';
import { useCards } from '../features/cards/api/get-cards.ts';
import { useOutbox } from '../features/outbox/api/get-outbox.ts';
import { usePartners } from '../features/partners/api/get-partners.ts';
import { isAdmin, useCurrentUser } from '../lib/session.ts';
import { translate } from '../i18n/start-i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/** The organisation name a fresh install prints until someone sets its own (ORGANISATION_NAME's default). */
const DEFAULT_ORGANISATION_NAME = 'Young Carers Service';

type Status = 'done' | 'to-do' | 'optional';
type Task = { id: string; name: string; href: string | null; hint: ReactNode; status: Status; statusText: string };

/**
 * Getting a fresh install ready, in the GOV.UK task-list pattern: each task
 * links to where it is done and says whether it is. Shown on the home page
 * until every task is done; email is optional (without it, invitations and
 * reminders wait in the outbox to be printed or passed on).
 */
export function FirstRunChecklist() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const admin = isAdmin(user);
  const branding = useBranding();
  const partners = usePartners();
  const cards = useCards({ pageSize: 1 });
  // The same question as Needs attention asks, so the page asks it once.
  const outbox = useOutbox({ status: 'manual', pageSize: 1 });
  if (!branding.isSuccess || !partners.isSuccess || !cards.isSuccess || !outbox.isSuccess) return null;

  const { organisationName, helpline, logoType } = branding.data;
  const brandingHref = admin ? paths.branding.getHref() : null;
  const emailEnabled = outbox.data.emailEnabled;
  const tasks: Task[] = [
    {
      id: 'organisation-name',
      name: t('app.firstRun.organisation'),
      href: brandingHref,
      hint: t('app.firstRun.organisationHint'),
      ...(organisationName !== DEFAULT_ORGANISATION_NAME ? done() : toDo()),
    },
    {
      id: 'helpline-number',
      name: t('app.firstRun.helpline'),
      href: brandingHref,
      hint: t('app.firstRun.helplineHint'),
      ...(helpline.trim() !== '' ? done() : toDo()),
    },
    {
      id: 'logo-and-colours',
      name: t('app.firstRun.logo'),
      href: brandingHref,
      hint: t('app.firstRun.logoHint'),
      ...(logoType !== null ? done() : toDo()),
    },
    {
      id: 'email',
      name: t('app.firstRun.email'),
      href: null,
      hint: emailEnabled
        ? t('app.firstRun.emailOn')
        : t('app.firstRun.emailOff'),
      status: emailEnabled ? 'done' : 'optional',
      statusText: emailEnabled ? t('app.firstRun.setUp') : t('app.firstRun.notSetUp'),
    },
    {
      id: 'first-partner',
      name: t('app.firstRun.partner'),
      href: admin ? paths.partners.new.getHref() : paths.partners.list.getHref(),
      hint: t('app.firstRun.partnerHint'),
      ...(partners.data.items.length > 0 ? done() : toDo()),
    },
    {
      id: 'first-card',
      name: t('app.firstRun.card'),
      href: paths.holders.new.getHref(),
      hint: t('app.firstRun.cardHint'),
      ...(cards.data.total > 0 ? done() : toDo()),
    },
  ];
  if (tasks.every((task) => task.status !== 'to-do')) return null;
  const left = tasks.filter((task) => task.status === 'to-do').length;

  return (
    <section className="panel first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" className="section-title">
        {t('app.firstRun.title')}
      </h2>
      <p className="section-lead">
        {t('app.firstRun.left', { left })}
        {admin ? '' : ` ${t('app.firstRun.byAdmin')}`}
      </p>
      <ul className="task-list">
        {tasks.map((task) => {
          const hintId = `first-run-${task.id}-hint`;
          const statusId = `${hintId}-status`;
          return (
            <li key={task.id} className="task-list__item">
              <div className="task-list__name">
                {task.href ? (
                  <Link to={task.href} aria-describedby={`${hintId} ${statusId}`}>
                    {task.name}
                  </Link>
                ) : (
                  <span>{task.name}</span>
                )}
                <div className="task-list__hint" id={hintId}>
                  {task.hint}
                </div>
              </div>
              <div className="task-list__status" id={statusId}>
                {task.status === 'to-do' ? <strong className="task-tag task-tag--to-do">{task.statusText}</strong> : <span>{task.statusText}</span>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function done(): Pick<Task, 'status' | 'statusText'> {
  return { status: 'done', statusText: translate('app.firstRun.completed') };
}
function toDo(): Pick<Task, 'status' | 'statusText'> {
  return { status: 'to-do', statusText: translate('app.firstRun.notStarted') };
}
