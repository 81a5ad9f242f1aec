import { useEffect, useRef } from 'react';
import type { Benefit } from '../../../../../../api/src/verify/schemas.ts';
import { useTranslation, type TranslateRich } from '../../../../i18n/use-translation.ts';
import { ClockIcon, CrossIcon, OfflineIcon, TickIcon } from '../../../components/icons.tsx';
import { formatCalendarDay, formatMoment } from '../../../../i18n/dates.ts';
import type { CardCheck } from '../api/check-card.ts';
import { rememberedIssuer, type Issuer } from '../remembered.ts';

type Answered = Exclude<CardCheck, { kind: 'not-checked' }>;

/** The word (verify.result.words.*) and the line under it (verify.result.what.*) come with each answer's icon. */
const ICONS = { valid: TickIcon, expired: ClockIcon, not_valid: CrossIcon } as const;

/**
 * The answer, full screen, readable at arm's length: colour, an icon and the
 * word together (never colour alone), then the first name, the expiry, the
 * time of the check and (valid, online) the benefits. Only what the verify
 * answer holds is shown: never anything about why the child is a carer.
 */
export function ResultScreen({ check, partnerName, onCheckAnother }: { check: Answered; partnerName: string | undefined; onCheckAnother: () => void }) {
  const { t, rich } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const view = viewOf(check);
  const Icon = ICONS[view.result];
  const word = t(`verify.result.words.${view.result}`);
  const issuer = view.issuer;

  return (
    <main className={`result result--${view.result.replace('_', '-')}`}>
      <title>{t('verify.result.pageTitle', { word })}</title>
      <div className="result__inner">
        <div className="result__verdict">
          <Icon className="result__icon" />
          <h1 className="result__word" ref={heading} tabIndex={-1}>
            {word}
          </h1>
        </div>
        <p className="result__what">{t(`verify.result.what.${view.result}`)}</p>

        {view.givenName ? (
          <p className={view.givenName.length > 12 ? 'result__name result__name--long' : 'result__name'}>
            <span className="visually-hidden">{t('verify.result.nameOnCard')} </span>
            {view.givenName}
          </p>
        ) : null}
        {view.expiresOn ? (
          <p className="result__expiry">
            {rich(view.result === 'valid' ? 'verify.result.validUntil' : 'verify.result.expiryDate', { date: formatCalendarDay(view.expiresOn) })}
          </p>
        ) : null}
        {view.cardNumber ? (
          <p className="result__number">
            {t('verify.result.cardNumber')} <bdi dir="ltr">{view.cardNumber}</bdi>
          </p>
        ) : null}
        <p className="result__checked">{t('verify.result.checkedAt', { moment: formatMoment(check.checkedAt) })}</p>

        {check.kind === 'offline' ? (
          <p className="result__offline">
            <OfflineIcon className="result__offline-icon" />
            <span>{rich('verify.result.offline', { moment: formatMoment(check.answer.revocationsAsOf) })}</span>
          </p>
        ) : null}

        {view.result === 'valid' ? (
          view.benefits ? (
            <Benefits benefits={view.benefits} partnerName={partnerName} />
          ) : (
            <p className="result__panel">{t('verify.result.benefitsWhenOnline')}</p>
          )
        ) : null}

        {view.result === 'expired' ? (
          <div className="result__panel">
            <p>
              {issuer
                ? rich(issuer.helpline ? 'verify.result.expiredRenewWithHelpline' : 'verify.result.expiredRenewWith', { issuer: issuer.name, helpline: issuer.helpline })
                : rich('verify.result.expiredRenew')}
            </p>
          </div>
        ) : null}

        {view.result === 'not_valid' ? (
          <div className="result__panel">
            <p>{rich('verify.result.notValidAdvice')}</p>
            <p>{contactLine(issuer, rich)}</p>
          </div>
        ) : null}

        <button type="button" className="button button--huge" onClick={onCheckAnother}>
          {t('verify.result.checkAnother')}
        </button>
        {issuer && view.result !== 'not_valid' ? (
          <p className="result__issuer">
            {rich(issuer.helpline ? 'verify.result.issuedByHelpline' : 'verify.result.issuedBy', { issuer: issuer.name, helpline: issuer.helpline })}
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

/** Who to ask, after a NOT VALID. Without a helpline in the settings, none is printed on the card either: name none. */
function contactLine(issuer: Issuer | undefined, rich: TranslateRich) {
  if (!issuer) return rich('verify.result.contactService');
  if (!issuer.helpline) return rich('verify.result.contactIssuer', { issuer: issuer.name });
  const tel = `tel:${issuer.helpline.replace(/[^\d+]/g, '')}`;
  return rich('verify.result.contactIssuerOn', {
    issuer: issuer.name,
    helpline: issuer.helpline,
    tel: (parts) => (
      <a href={tel} dir="ltr">
        {parts}
      </a>
    ),
  });
}

function Benefits({ benefits, partnerName }: { benefits: Benefit[]; partnerName: string | undefined }) {
  const { t, rich } = useTranslation();
  if (benefits.length === 0) {
    return <p className="result__panel">{t('verify.result.noBenefits')}</p>;
  }
  return (
    <section className="result__panel benefits" aria-labelledby="benefits-heading">
      <h2 id="benefits-heading">{t('verify.result.benefitsHeading')}</h2>
      <ul className="benefit-list">
        {benefits.map((benefit, index) => (
          <li key={`${benefit.partner}-${benefit.title}-${index}`} className="benefit">
            <p className="benefit__title">
              {benefit.title}
              {partnerName && benefit.partner === partnerName ? <span className="tag">{t('verify.result.yourOffer')}</span> : null}
            </p>
            <p className="benefit__partner">{benefit.partner}</p>
            {benefit.description ? <p>{benefit.description}</p> : null}
            {benefit.conditions ? <p className="benefit__conditions">{t('verify.result.conditions', { conditions: benefit.conditions })}</p> : null}
            {benefit.note ? (
              <p className="benefit__note">{rich('verify.result.forYou', { note: benefit.note })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
