import { useEffect, useRef } from 'react';
import { QuestionIcon } from '../../../components/icons.tsx';
import { translate } from '../../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { refusalSentence } from '../../../lib/error-messages.ts';
import type { CardCheck, NotCheckedReason } from '../api/check-card.ts';

type NotChecked = Extract<CardCheck, { kind: 'not-checked' }>;

/** The headline of each reason, in the page's language (also what the live region says). */
export function notCheckedTitle(reason: NotCheckedReason): string {
  return translate(`verify.notChecked.reasons.${reason}.title`);
}

/**
 * Nothing was checked: a neutral screen that cannot be mistaken for VALID or
 * NOT VALID, saying honestly why and what to do.
 */
export function NotCheckedScreen({ check, onRetry, onCheckAnother }: { check: NotChecked; onRetry: (() => void) | undefined; onCheckAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="result result--not-checked">
      <title>{t('verify.notChecked.pageTitle')}</title>
      <div className="result__inner">
        <div className="result__verdict">
          <QuestionIcon className="result__icon" />
          <p className="result__word result__word--small">{t('verify.notChecked.word')}</p>
        </div>
        <h1 className="result__headline" ref={heading} tabIndex={-1}>
          {notCheckedTitle(check.reason)}
        </h1>
        <div className="result__panel">
          <p>{t(`verify.notChecked.reasons.${check.reason}.body`)}</p>
          {check.reason === 'rate-limited' && check.retryAfter ? <p>{t('verify.notChecked.retryAfter', { seconds: check.retryAfter })}</p> : null}
          {check.reason === 'refused' && check.refusal ? <p className="result__detail">{refusalSentence(check.refusal)}</p> : null}
        </div>
        {onRetry ? (
          <button type="button" className="button button--huge" onClick={onRetry}>
            {t('verify.notChecked.tryAgain')}
          </button>
        ) : null}
        <button type="button" className="button button--huge button--secondary" onClick={onCheckAnother}>
          {t('verify.result.checkAnother')}
        </button>
      </div>
    </main>
  );
}
