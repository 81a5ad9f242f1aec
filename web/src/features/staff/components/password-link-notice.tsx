import { useEffect, useRef, useState } from 'react';
import type { PasswordLink, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { formatDateTime, formatTimeUntil } from '../../../lib/format-date.ts';

export type IssuedPasswordLink = {
  user: Pick<StaffUser, 'id' | 'name' | 'email'>;
  link: PasswordLink;
  /** Why the link was made: a new account, or a fresh link for an existing one. */
  reason: 'created' | 'new-link';
};

/**
 * A one-time password link, shown to the admin exactly once (the API keeps
 * only its hash). Takes focus when it appears, so nobody misses it. Give it a
 * `key` per link so each new link starts with a fresh copy status.
 */
export function PasswordLinkNotice({ issued, onDismiss }: { issued: IssuedPasswordLink; onDismiss: () => void }) {
  const { user, link, reason } = issued;
  const boxRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState('');

  useEffect(() => {
    boxRef.current?.focus();
  }, [issued]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopyStatus('Link copied.');
    } catch {
      // No clipboard API (an insecure context, or permission refused): select the text instead.
      inputRef.current?.select();
      const copied = document.execCommand?.('copy') ?? false;
      setCopyStatus(copied ? 'Link copied.' : 'The link is selected: press Ctrl+C (or ⌘C) to copy it.');
    }
  }

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
      <div className="copy-field">
        <label className="field__label" htmlFor={`${headingId}-url`}>
          One-time password link
        </label>
        <div className="copy-field__row">
          <input
            ref={inputRef}
            id={`${headingId}-url`}
            className="input copy-field__input"
            value={link.url}
            readOnly
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            Copy link
          </button>
        </div>
        <p className="copy-field__status" role="status">
          {copyStatus}
        </p>
      </div>
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
