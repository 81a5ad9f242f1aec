import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** For "Needs attention": messages waiting for staff to pass on, and emails that failed. */
export function OutboxAttention({ waiting, failed, emailEnabled }: { waiting: number; failed: number; emailEnabled: boolean }) {
  const { t } = useTranslation();
  if (waiting + failed === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">{t('outbox.attention.needYou', { count: waiting + failed })}</h3>
      <p className="attention-group__hint">
        {emailEnabled ? t('outbox.attention.hint') : t('outbox.attention.noEmail')}
      </p>
      <ul className="attention-list">
        {waiting > 0 ? (
          <li>
            <Link to={paths.outbox.list.getHref({ status: 'manual' })}>{t('outbox.attention.waiting', { count: waiting })}</Link>
          </li>
        ) : null}
        {failed > 0 ? (
          <li>
            <Link to={paths.outbox.list.getHref({ status: 'failed' })}>{t('outbox.attention.failed', { count: failed })}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
