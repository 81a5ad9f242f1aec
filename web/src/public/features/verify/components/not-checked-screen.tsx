import { useEffect, useRef } from 'react';
import { QuestionIcon } from '../../../components/icons.tsx';
import type { CardCheck, NotCheckedReason } from '../api/check-card.ts';

type NotChecked = Extract<CardCheck, { kind: 'not-checked' }>;

const TEXT: Record<NotCheckedReason, { title: string; body: string }> = {
  'no-data': {
    title: 'Can’t check offline on this phone yet',
    body: 'This phone has no saved copy of the card keys and cancelled-card list. Connect to the internet and check again (opening this page once online saves them for next time).',
  },
  unsupported: {
    title: 'Can’t check offline on this phone',
    body: 'This browser cannot check the card’s signature without the internet. Connect to the internet and check again.',
  },
  'out-of-date': {
    title: 'Can’t check offline: the saved list is too old',
    body: 'The list of cancelled cards saved on this phone is more than a day old. Connect to the internet and check again.',
  },
  'unknown-key': {
    title: 'Can’t check this card offline',
    body: 'The card was signed with a key this phone has not saved yet (it may be a new card). Connect to the internet and check again.',
  },
  'number-offline': {
    title: 'A card number can’t be checked offline',
    body: 'Only the QR code can be checked without the internet. Scan the QR code on the back of the card, or connect and try the number again.',
  },
  'rate-limited': {
    title: 'Too many checks from this connection',
    body: 'Wait a minute, then check the card again.',
  },
  refused: {
    title: 'The card could not be checked',
    body: 'Check it again; if this keeps happening, ring the helpline on the back of the card.',
  },
};

export function notCheckedTitle(reason: NotCheckedReason): string {
  return TEXT[reason].title;
}

/**
 * Nothing was checked: a neutral screen that cannot be mistaken for VALID or
 * NOT VALID, saying honestly why and what to do.
 */
export function NotCheckedScreen({ check, onRetry, onCheckAnother }: { check: NotChecked; onRetry: (() => void) | undefined; onCheckAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const text = TEXT[check.reason];
  return (
    <main className="result result--not-checked">
      <title>Not checked · Young carer card check</title>
      <div className="result__inner">
        <div className="result__verdict">
          <QuestionIcon className="result__icon" />
          <p className="result__word result__word--small">NOT CHECKED</p>
        </div>
        <h1 className="result__headline" ref={heading} tabIndex={-1}>
          {text.title}
        </h1>
        <div className="result__panel">
          <p>{text.body}</p>
          {check.reason === 'rate-limited' && check.retryAfter ? <p>You can try again in {check.retryAfter} seconds.</p> : null}
          {check.reason === 'refused' && check.message ? <p className="result__detail">{check.message}</p> : null}
        </div>
        {onRetry ? (
          <button type="button" className="button button--huge" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        <button type="button" className="button button--huge button--secondary" onClick={onCheckAnother}>
          Check another card
        </button>
      </div>
    </main>
  );
}
