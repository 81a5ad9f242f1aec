import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';

/** For "Needs attention": messages waiting for staff to pass on, and emails that failed. */
export function OutboxAttention({ waiting, failed, emailEnabled }: { waiting: number; failed: number; emailEnabled: boolean }) {
  if (waiting + failed === 0) return null;
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">{count(waiting + failed, 'message needs you', 'messages need you')}</h3>
      <p className="attention-group__hint">
        {emailEnabled ? 'Printed slips to hand over, and emails the mail server refused.' : 'Email is not set up, so every email waits for staff to pass on.'}
      </p>
      <ul className="attention-list">
        {waiting > 0 ? (
          <li>
            <Link to={paths.outbox.list.getHref({ status: 'manual' })}>{count(waiting, 'waiting for staff', 'waiting for staff')}</Link>
          </li>
        ) : null}
        {failed > 0 ? (
          <li>
            <Link to={paths.outbox.list.getHref({ status: 'failed' })}>{count(failed, 'failed email', 'failed emails')}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
