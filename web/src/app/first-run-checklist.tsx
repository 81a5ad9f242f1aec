import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { paths } from '../config/paths.ts';
import { useBranding } from '../features/branding/api/get-branding.ts';
import { useCards } from '../features/cards/api/get-cards.ts';
import { useOutbox } from '../features/outbox/api/get-outbox.ts';
import { usePartners } from '../features/partners/api/get-partners.ts';
import { isAdmin, useCurrentUser } from '../lib/session.ts';

/** The organisation name a fresh install prints until someone sets its own (ORGANISATION_NAME's default). */
const DEFAULT_ORGANISATION_NAME = 'Young Carers Service';

type Status = 'done' | 'to-do' | 'optional';
type Task = { name: string; href: string | null; hint: ReactNode; status: Status; statusText: string };

/**
 * Getting a fresh install ready, in the GOV.UK task-list pattern: each task
 * links to where it is done and says whether it is. Shown on the home page
 * until every task is done; email is optional (without it, invitations and
 * reminders wait in the outbox to be printed or passed on).
 */
export function FirstRunChecklist() {
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
      name: 'Organisation name',
      href: brandingHref,
      hint: 'Printed on every card and shown to everyone who checks one.',
      ...(organisationName !== DEFAULT_ORGANISATION_NAME ? done() : toDo()),
    },
    {
      name: 'Helpline number',
      href: brandingHref,
      hint: 'Printed on the back of every card. Shopkeepers and young carers are told to call it.',
      ...(helpline.trim() !== '' ? done() : toDo()),
    },
    {
      name: 'Logo and colours',
      href: brandingHref,
      hint: 'Your logo and brand colour on the card.',
      ...(logoType !== null ? done() : toDo()),
    },
    {
      name: 'Email',
      href: null,
      hint: emailEnabled
        ? 'Card links and renewal reminders are emailed.'
        : 'Not set up: card links and reminders wait in the outbox for you to print or pass on. To email them, the person who runs the server sets SMTP_URL.',
      status: emailEnabled ? 'done' : 'optional',
      statusText: emailEnabled ? 'Set up' : 'Not set up (optional)',
    },
    {
      name: 'First partner',
      href: admin ? paths.partners.new.getHref() : paths.partners.list.getHref(),
      hint: 'A shop or service that honours the card, and what it offers.',
      ...(partners.data.items.length > 0 ? done() : toDo()),
    },
    {
      name: 'First card',
      href: paths.holders.new.getHref(),
      hint: 'Register a young carer, then issue their card.',
      ...(cards.data.total > 0 ? done() : toDo()),
    },
  ];
  if (tasks.every((task) => task.status !== 'to-do')) return null;
  const left = tasks.filter((task) => task.status === 'to-do').length;

  return (
    <section className="panel first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" className="section-title">
        Get the service ready
      </h2>
      <p className="section-lead">
        {left === 1 ? 'One thing is left' : `${left} things are left`} to set up before cards go out.
        {admin ? '' : ' Branding and partners are set up by an admin.'}
      </p>
      <ul className="task-list">
        {tasks.map((task) => {
          const hintId = `first-run-${task.name.toLowerCase().replace(/\s+/g, '-')}-hint`;
          const statusId = `${hintId}-status`;
          return (
            <li key={task.name} className="task-list__item">
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
  return { status: 'done', statusText: 'Completed' };
}
function toDo(): Pick<Task, 'status' | 'statusText'> {
  return { status: 'to-do', statusText: 'Not yet started' };
}
