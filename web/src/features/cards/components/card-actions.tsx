import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { CardView, ReissueReason, RevokeReason, SuspendReason } from '../../../../../api/src/cards/schemas.ts';
import type { NewCardTerms } from '../../../../../api/src/holders/schemas.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
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
  suspend: 'cards.actions.suspend.button',
  resume: 'cards.actions.resume.button',
  revoke: 'cards.actions.revoke.button',
  reissue: 'cards.actions.reissue.button',
  renew: 'cards.actions.renew.button',
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
  const { t } = useTranslation();
  if (allowed[card.status].length === 0) {
    return (
      <section className="panel" aria-labelledby="card-actions-title">
        <h2 id="card-actions-title" className="section-title">
          {t('cards.actions.title')}
        </h2>
        <p>{holderName ? t('cards.actions.revokedNamed', { name: holderName }) : t('cards.actions.revoked')}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="card-actions-title">
      <h2 id="card-actions-title" className="section-title">
        {t('cards.actions.title')}
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
  const { t } = useTranslation();
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
  // "Amelia gets a new card", or "The young carer gets...": the name, when this page knows it.
  const named = (key: string, values: Record<string, string> = {}) =>
    holderName ? t(`cards.actions.${key}Named`, { ...values, name: holderName }) : t(`cards.actions.${key}`, values);
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
      setReasonError(t('cards.actions.reasonRequired'));
      return;
    }
    const done = (notice: string) => () => {
      setOpen(null);
      onDone(notice);
    };
    // The API's reason unions are `never` for now (see card-labels.ts): the select's value is asserted here.
    switch (open) {
      case 'suspend':
        suspend.mutate({ id: card.id, reason: reason as SuspendReason }, { onSuccess: done(t('cards.actions.suspend.done')) });
        break;
      case 'resume':
        resume.mutate(card.id, { onSuccess: done(t('cards.actions.resume.done')) });
        break;
      case 'revoke':
        revoke.mutate({ id: card.id, reason: reason as RevokeReason }, { onSuccess: done(t('cards.actions.revoke.done')) });
        break;
      case 'reissue':
        reissue.mutate(
          { id: card.id, reason: reason as ReissueReason },
          {
            onSuccess: (newCard) =>
              toNewCard(newCard, t('cards.actions.reissue.done', { number: card.number })),
          },
        );
        break;
      case 'renew':
        renew.mutate(card.id, {
          onSuccess: (newCard) =>
            toNewCard(newCard, current ? t('cards.actions.renew.doneRevoked', { number: card.number }) : t('cards.actions.renew.done')),
        });
        break;
    }
  }

  const dialogs: Record<CardAction, { title: string; tone: 'danger' | 'primary'; body: ReactNode }> = {
    suspend: {
      title: t('cards.actions.suspend.title'),
      tone: 'danger',
      body: <p>{t('cards.actions.suspend.body')}</p>,
    },
    resume: {
      title: t('cards.actions.resume.title'),
      tone: 'primary',
      body: <p>{t('cards.actions.resume.body', { date: formatCalendarDate(card.expiresOn) })}</p>,
    },
    revoke: {
      title: t('cards.actions.revoke.title'),
      tone: 'danger',
      body: (
        <>
          <p className="dialog__warning">
            <strong>{t('cards.actions.revoke.undone')}</strong> {t('cards.actions.revoke.forGood')}
          </p>
          <p>{named('revoke.stillNeeds')}</p>
        </>
      ),
    },
    reissue: {
      title: t('cards.actions.reissue.title'),
      tone: 'danger',
      body: <p>{named('reissue.body', { date: formatCalendarDate(card.expiresOn) })}</p>,
    },
    renew: {
      title: t('cards.actions.renew.title'),
      tone: 'primary',
      body: (
        <>
          <p>
            {newCard?.expiresOn ? named('renew.until', { date: formatCalendarDate(newCard.expiresOn) }) : named('renew.newExpiry')}
            {current ? ` ${t('cards.actions.renew.revokedAtOnce')}` : null}
          </p>
          {newCard?.endsBecause === 'too_old' ? (
            <p className="dialog__warning">
              <strong>{t('cards.actions.renew.tooOld')}</strong> {t('cards.actions.renew.tooOldWhy', { maxAge: newCard.maxAge })}
            </p>
          ) : newCard?.expiresOn && newCard.expiresOn <= card.expiresOn ? (
            <p className="dialog__warning">
              <strong>{t('cards.actions.renew.noLater', { date: formatCalendarDate(card.expiresOn) })}</strong>{' '}
              {newCard.endsBecause === 'age_limit' ? t('cards.actions.renew.gainsNothingAge', { maxAge: newCard.maxAge }) : t('cards.actions.renew.gainsNothing')}
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
            {t(buttonLabel[action])}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={open !== null}
        title={dialog?.title ?? ''}
        tone={dialog?.tone ?? 'danger'}
        confirmLabel={t('cards.actions.confirm')}
        isPending={pending}
        error={apiError ? errorMessage(apiError) : undefined}
        onClose={close}
        onConfirm={confirm}
      >
        {dialog?.body}
        {options ? (
          <SelectField
            label={t('cards.actions.reason')}
            hint={t('cards.actions.reasonHint')}
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(undefined);
            }}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
