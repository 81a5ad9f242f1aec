import { useEffect, useRef } from 'react';
import type { Benefit } from '../../../../../../api/src/verify/schemas.ts';
import { ClockIcon, CrossIcon, OfflineIcon, TickIcon } from '../../../components/icons.tsx';
import { formatLongDate, formatMoment } from '../../../lib/format.ts';
import type { CardCheck } from '../api/check-card.ts';
import { rememberedIssuer, type Issuer } from '../remembered.ts';

type Answered = Exclude<CardCheck, { kind: 'not-checked' }>;

const WORDS = {
  valid: { word: 'VALID', what: 'Young carer card', Icon: TickIcon },
  expired: { word: 'EXPIRED', what: 'Ask them to renew their card', Icon: ClockIcon },
  not_valid: { word: 'NOT VALID', what: 'Do not accept this card', Icon: CrossIcon },
} as const;

/**
 * The answer, full screen, readable at arm's length: colour, an icon and the
 * word together (never colour alone), then the first name, the expiry, the
 * time of the check and (valid, online) the benefits. Only what the verify
 * answer holds is shown: never anything about why the child is a carer.
 */
export function ResultScreen({ check, partnerName, onCheckAnother }: { check: Answered; partnerName: string | undefined; onCheckAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const view = viewOf(check);
  const { word, what, Icon } = WORDS[view.result];
  const issuer = view.issuer;

  return (
    <main className={`result result--${view.result.replace('_', '-')}`}>
      <title>{`${word} · Young carer card check`}</title>
      <div className="result__inner">
        <div className="result__verdict">
          <Icon className="result__icon" />
          <h1 className="result__word" ref={heading} tabIndex={-1}>
            {word}
          </h1>
        </div>
        <p className="result__what">{what}</p>

        {view.givenName ? (
          <p className={view.givenName.length > 12 ? 'result__name result__name--long' : 'result__name'}>
            <span className="visually-hidden">Name on the card: </span>
            {view.givenName}
          </p>
        ) : null}
        {view.expiresOn ? (
          <p className="result__expiry">
            {view.result === 'valid' ? 'Valid until' : 'Expiry date'} <strong>{formatLongDate(view.expiresOn)}</strong>
          </p>
        ) : null}
        {view.cardNumber ? <p className="result__number">Card number {view.cardNumber}</p> : null}
        <p className="result__checked">Checked at {formatMoment(check.checkedAt)}</p>

        {check.kind === 'offline' ? (
          <p className="result__offline">
            <OfflineIcon className="result__offline-icon" />
            <span>
              <strong>Checked offline</strong> — revocations as of {formatMoment(check.answer.revocationsAsOf)}. A card cancelled after that still shows as
              valid until this phone is back online.
            </span>
          </p>
        ) : null}

        {view.result === 'valid' ? (
          view.benefits ? (
            <Benefits benefits={view.benefits} partnerName={partnerName} />
          ) : (
            <p className="result__panel">Benefits are listed when this phone is online.</p>
          )
        ) : null}

        {view.result === 'expired' ? (
          <div className="result__panel">
            <p>
              <strong>No benefits on an expired card.</strong> Politely ask them to renew it
              {issuer ? ` with ${issuer.name}` : ''}
              {issuer?.helpline ? ` (${issuer.helpline})` : ''}.
            </p>
          </div>
        ) : null}

        {view.result === 'not_valid' ? (
          <div className="result__panel">
            <p>
              <strong>Do not give the benefit.</strong> Please be kind and do not ask why they are a carer. There may be a simple reason, such as a
              replaced card.
            </p>
            <p>
              If they have questions, they can contact {issuer ? <strong>{issuer.name}</strong> : 'the young carers service'}
              {/* Without a helpline in the settings, none is printed on the card either: name none. */}
              {issuer?.helpline ? (
                <>
                  {' '}
                  on <a href={`tel:${issuer.helpline.replace(/[^\d+]/g, '')}`}>{issuer.helpline}</a>
                </>
              ) : null}
              .
            </p>
          </div>
        ) : null}

        <button type="button" className="button button--huge" onClick={onCheckAnother}>
          Check another card
        </button>
        {issuer && view.result !== 'not_valid' ? (
          <p className="result__issuer">
            Card issued by {issuer.name}
            {issuer.helpline ? ` · Helpline ${issuer.helpline}` : ''}
          </p>
        ) : null}
      </div>
    </main>
  );
}

type View = {
  result: Answered['answer']['result'];
  givenName?: string;
  expiresOn?: string;
  cardNumber?: string;
  /** Online answers only: offline, the benefits (chosen by age, which the token does not hold) are unknown. */
  benefits?: Benefit[];
  issuer?: Issuer;
};

function viewOf(check: Answered): View {
  if (check.kind === 'offline') {
    const issuer = rememberedIssuer();
    const base = { result: check.answer.result, ...(issuer ? { issuer } : {}) };
    return check.answer.result === 'not_valid' ? base : { ...base, givenName: check.answer.givenName, expiresOn: check.answer.expiresOn };
  }
  const answer = check.answer;
  switch (answer.result) {
    case 'valid':
      return { result: 'valid', givenName: answer.givenName, expiresOn: answer.expiresOn, cardNumber: answer.cardNumber, benefits: answer.benefits, issuer: answer.issuer };
    case 'expired':
      return { result: 'expired', givenName: answer.givenName, expiresOn: answer.expiresOn, issuer: answer.issuer };
    default:
      return { result: 'not_valid', issuer: answer.issuer };
  }
}

function Benefits({ benefits, partnerName }: { benefits: Benefit[]; partnerName: string | undefined }) {
  if (benefits.length === 0) {
    return <p className="result__panel">No partner offers apply to this card today. The card still shows they are a young carer.</p>;
  }
  return (
    <section className="result__panel benefits" aria-labelledby="benefits-heading">
      <h2 id="benefits-heading">Benefits</h2>
      <ul className="benefit-list">
        {benefits.map((benefit, index) => (
          <li key={`${benefit.partner}-${benefit.title}-${index}`} className="benefit">
            <p className="benefit__title">
              {benefit.title}
              {partnerName && benefit.partner === partnerName ? <span className="tag">Your offer</span> : null}
            </p>
            <p className="benefit__partner">{benefit.partner}</p>
            {benefit.description ? <p>{benefit.description}</p> : null}
            {benefit.conditions ? <p className="benefit__conditions">Conditions: {benefit.conditions}</p> : null}
            {benefit.note ? (
              <p className="benefit__note">
                <strong>For you:</strong> {benefit.note}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
