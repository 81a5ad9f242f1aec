import { useEffect, useRef } from 'react';
import type { PasswordLink, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { formatDateTime, formatTimeUntil } from '../../../lib/format-date.ts';

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
  const { user, link, reason } = issued;
  const boxRef = useRef<HTMLElement>(null);

  useEffect(() => {
    boxRef.current?.focus();
  }, [issued]);

  const headingId = `password-link-${user.id}`;
  return (
    <section className="link-notice" aria-labelledby={headingId} tabIndex={-1} ref={boxRef}>
      <h2 className="link-notice__title" id={headingId}>
        {reason === 'created' ? `${user.name} has been added` : `New password link for ${user.name}`}
      </h2>
      <p>
        Send this link to {user.name} ({user.email}) so they can set their password. It works once.
      </p>
      <p className="link-notice__warning">
        <strong>This link is shown only once.</strong> Copy it now; if it is lost, make a new one from the staff list.
      </p>
      <CopyField label="One-time password link" value={link.url} />
      <p>
        Expires <time dateTime={link.expiresAt}>{formatDateTime(link.expiresAt)}</time> (
        {formatTimeUntil(link.expiresAt)}).
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          Done
        </button>
      </div>
    </section>
  );
}
