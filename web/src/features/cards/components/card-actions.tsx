import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { CardView, ReissueReason, RevokeReason, SuspendReason } from '../../../../../api/src/cards/schemas.ts';
import type { NewCardTerms } from '../../../../../api/src/holders/schemas.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';
import { useReissueCard } from '../api/reissue-card.ts';
import { useRenewCard } from '../api/renew-card.ts';
import { useResumeCard } from '../api/resume-card.ts';
import { useRevokeCard } from '../api/revoke-card.ts';
import { useSuspendCard } from '../api/suspend-card.ts';
import { reissueReasons, revokeReasons, suspendReasons } from './card-labels.ts';

export type CardAction = 'suspend' | 'resume' | 'revoke' | 'reissue' | 'renew';

/** Which actions a card in each status allows (the API checks again, and answers 409 CARD_STATE_CONFLICT). */
const allowed: Record<CardView['status'], CardAction[]> = {
  active: ['suspend', 'reissue', 'renew', 'revoke'],
  suspended: ['resume', 'reissue', 'renew', 'revoke'],
  expired: ['renew'],
  revoked: [],
};

const buttonLabel: Record<CardAction, string> = {
  suspend: 'Suspend card',
  resume: 'Resume card',
  revoke: 'Revoke card',
  reissue: 'Reissue card',
  renew: 'Renew card',
};

const reasonOptions: Partial<Record<CardAction, { value: string; label: string }[]>> = {
  suspend: suspendReasons,
  revoke: revokeReasons,
  reissue: reissueReasons,
};

/**
 * Where each reason select starts: the usual reason for that action, or,
 * for revoking, "Other", which claims nothing that may not be true.
 */
const defaultReason: Partial<Record<CardAction, string>> = { suspend: 'lost', revoke: 'other', reissue: 'lost' };

type CardActionsProps = {
  card: CardView;
  /** The young carer's given name, for the dialogs; undefined while unknown. */
  holderName: string | undefined;
  onDone: (notice: string) => void;
  /** What a card issued today would be (from the young carer's record): the renewed card's expiry. Undefined while unknown. */
  newCard?: NewCardTerms | undefined;
};

/**
 * What staff can do to a card, each behind a confirmation that says what
 * happens when the card is next scanned. Reissue and renew make a new card
 * and go to its page; the others report on this page through `onDone`.
 */
export function CardActions({ card, holderName, onDone, newCard }: CardActionsProps) {
  if (allowed[card.status].length === 0) {
    return (
      <section className="panel" aria-labelledby="card-actions-title">
        <h2 id="card-actions-title" className="section-title">
          Change this card
        </h2>
        <p>
          This card is revoked and cannot be changed. To give {holderName ?? 'the young carer'} a working card, issue a new one
          from their record.
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="card-actions-title">
      <h2 id="card-actions-title" className="section-title">
        Change this card
      </h2>
      <CardActionButtons card={card} holderName={holderName} onDone={onDone} newCard={newCard} />
    </section>
  );
}

/**
 * The buttons and their confirmations, on their own: the card page puts them
 * in its panel; a notice elsewhere (a card reported lost) offers `only` the
 * actions that answer it.
 */
export function CardActionButtons({ card, holderName, onDone, only, newCard }: CardActionsProps & { only?: CardAction[] }) {
  const navigate = useNavigate();
  const suspend = useSuspendCard();
  const resume = useResumeCard();
  const revoke = useRevokeCard();
  const reissue = useReissueCard();
  const renew = useRenewCard();
  const mutations = { suspend, resume, revoke, reissue, renew };

  const [open, setOpen] = useState<CardAction | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const actions = allowed[card.status].filter((action) => !only || only.includes(action));
  const they = holderName ?? 'the young carer';
  const They = holderName ?? 'The young carer';
  const current = card.status === 'active' || card.status === 'suspended';

  function start(action: CardAction) {
    setReason(defaultReason[action] ?? '');
    setReasonError(undefined);
    mutations[action].reset();
    setOpen(action);
  }

  function close() {
    if (open) mutations[open].reset();
    setOpen(null);
  }

  function toNewCard(newCard: CardView, notice: string) {
    setOpen(null);
    navigate(paths.cards.detail.getHref(newCard.id), { state: noticeState(notice) });
  }

  function confirm() {
    if (!open) return;
    if (reasonOptions[open] && !reason) {
      setReasonError('Choose a reason.');
      return;
    }
    const done = (notice: string) => () => {
      setOpen(null);
      onDone(notice);
    };
    // The API's reason unions are `never` for now (see card-labels.ts): the select's value is asserted here.
    switch (open) {
      case 'suspend':
        suspend.mutate({ id: card.id, reason: reason as SuspendReason }, { onSuccess: done('Card suspended.') });
        break;
      case 'resume':
        resume.mutate(card.id, { onSuccess: done('Card resumed. It shows as valid again.') });
        break;
      case 'revoke':
        revoke.mutate({ id: card.id, reason: reason as RevokeReason }, { onSuccess: done('Card revoked.') });
        break;
      case 'reissue':
        reissue.mutate(
          { id: card.id, reason: reason as ReissueReason },
          {
            onSuccess: (newCard) =>
              toNewCard(newCard, `New card issued with the same expiry date. The old card ${card.number} has been revoked.`),
          },
        );
        break;
      case 'renew':
        renew.mutate(card.id, {
          onSuccess: (newCard) =>
            toNewCard(newCard, current ? `Card renewed. The old card ${card.number} has been revoked.` : 'Card renewed.'),
        });
        break;
    }
  }

  const dialogs: Record<CardAction, { title: string; tone: 'danger' | 'primary'; body: ReactNode }> = {
    suspend: {
      title: 'Suspend this card?',
      tone: 'danger',
      body: (
        <p>
          While it is suspended, the card shows as <strong>not valid</strong> when a partner scans it. You can resume it
          later, for example when a lost card turns up.
        </p>
      ),
    },
    resume: {
      title: 'Resume this card?',
      tone: 'primary',
      body: <p>The card will show as valid again when scanned, until it expires on {formatCalendarDate(card.expiresOn)}.</p>,
    },
    revoke: {
      title: 'Revoke this card?',
      tone: 'danger',
      body: (
        <>
          <p className="dialog__warning">
            <strong>This cannot be undone.</strong> The card will show as not valid, for good.
          </p>
          <p>If {they} still needs a card, reissue or renew it instead, or issue a new one from their record afterwards.</p>
        </>
      ),
    },
    reissue: {
      title: 'Reissue this card?',
      tone: 'danger',
      body: (
        <p>
          {They} gets a new card with a new number and the same expiry date ({formatCalendarDate(card.expiresOn)}). This card is
          revoked at once and will show as <strong>not valid</strong>.
        </p>
      ),
    },
    renew: {
      title: 'Renew this card?',
      tone: 'primary',
      body: (
        <>
          <p>
            {newCard?.expiresOn ? (
              <>
                {They} gets a new card, valid until <strong>{formatCalendarDate(newCard.expiresOn)}</strong>.
              </>
            ) : (
              <>{They} gets a new card with a new expiry date.</>
            )}
            {current ? (
              <>
                {' '}
                This card is revoked at once and will show as <strong>not valid</strong>.
              </>
            ) : null}
          </p>
          {newCard?.endsBecause === 'too_old' ? (
            <p className="dialog__warning">
              <strong>They are too old for a new card</strong>: cards are for young carers under {newCard.maxAge}. Renewing will be refused.
            </p>
          ) : newCard?.expiresOn && newCard.expiresOn <= card.expiresOn ? (
            <p className="dialog__warning">
              <strong>That is no later than this card’s own last day ({formatCalendarDate(card.expiresOn)})</strong>
              {newCard.endsBecause === 'age_limit' ? `: cards end in the month before they turn ${newCard.maxAge}` : ''}. Renewing now gains nothing.
            </p>
          ) : null}
        </>
      ),
    },
  };

  if (actions.length === 0) return null;

  const dialog = open ? dialogs[open] : null;
  const pending = open ? mutations[open].isPending : false;
  const apiError = open ? mutations[open].error : null;
  const options = open ? reasonOptions[open] : undefined;

  return (
    <>
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={
              action === 'revoke'
                ? 'button button--danger-outline'
                : action === 'resume' || card.status === 'expired'
                  ? 'button'
                  : 'button button--secondary'
            }
            onClick={() => start(action)}
          >
            {buttonLabel[action]}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={open !== null}
        title={dialog?.title ?? ''}
        tone={dialog?.tone ?? 'danger'}
        confirmLabel="Confirm"
        isPending={pending}
        error={apiError ? errorMessage(apiError) : undefined}
        onClose={close}
        onConfirm={confirm}
      >
        {dialog?.body}
        {options ? (
          <SelectField
            label="Reason"
            hint="Staff only: never printed or shown to partners."
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(undefined);
            }}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
