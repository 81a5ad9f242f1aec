import { useEffect, useRef } from 'react';
import type { PasswordLink, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { formatMoment, formatTimeUntil } from './staff-labels.ts';

export type IssuedPasswordLink = {
  user: Pick<StaffUser, 'id' | 'name' | 'email'>;
  link: PasswordLink;
  /** Why the link was made: a new account, or a fresh link for an existing one. */
  reason: 'created' | 'new-link';
};

/**
 * A one-time password link, shown to the admin exactly once (the API keeps
 * only its hash). Takes focus when it appears, so nobody misses it.
 */
export function PasswordLinkNotice({ issued, onDismiss }: { issued: IssuedPasswordLink; onDismiss: () => void }) {
  const { t, locale } = useTranslation();
  const { user, link, reason } = issued;
  const boxRef = useRef<HTMLElement>(null);

  useEffect(() => {
    boxRef.current?.focus();
  }, [issued]);

  const headingId = `password-link-${user.id}`;
  return (
    <section className="link-notice" aria-labelledby={headingId} tabIndex={-1} ref={boxRef}>
      <h2 className="link-notice__title" id={headingId}>
        {reason === 'created' ? t('staff.link.added', { name: user.name }) : t('staff.link.newFor', { name: user.name })}
      </h2>
      <p>{t('staff.link.send', { name: user.name, email: user.email })}</p>
      <p className="link-notice__warning">
        <strong>{t('staff.link.shownOnce')}</strong> {t('staff.link.shownOnceWhat')}
      </p>
      <CopyField label={t('staff.link.label')} value={link.url} copyLabel={t('staff.link.copy')} copiedMessage={t('staff.link.copied')} />
      <p>
        {t('staff.link.expires')} <time dateTime={link.expiresAt}>{formatMoment(link.expiresAt)}</time> (
        {formatTimeUntil(link.expiresAt, locale)}).
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('staff.link.done')}
        </button>
      </div>
    </section>
  );
}
