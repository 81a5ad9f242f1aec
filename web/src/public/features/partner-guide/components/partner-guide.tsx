import type { ReactNode } from 'react';
import { Link } from '../../../lib/router.tsx';
import type { VerifyResult } from '../../../../../../api/src/verify/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { formatTime } from '../../../../i18n/dates.ts';
import { useTranslation } from '../../../../i18n/use-translation.ts';

const CARD_NUMBER_EXAMPLE = 'YC-7K3P-Q9MD-2HXWT';

/** Typed against the API's schema, so the guide's example cannot drift from the real answer. */
const EXAMPLE_ANSWER: VerifyResult = {
  result: 'valid',
  givenName: 'Sam',
  cardNumber: CARD_NUMBER_EXAMPLE,
  expiresOn: '2027-09-14',
  issuer: { name: 'Young Carers Service', helpline: '0115 000 0000' },
  benefits: [
    {
      title: 'Free swim',
      partner: 'Riverside Pool',
      description: 'One free swim a week',
      conditions: 'Show the card at reception',
      note: 'Only shown to your own partner key or link',
    },
  ],
};
const NOT_VALID_ANSWER: VerifyResult = { result: 'not_valid', issuer: EXAMPLE_ANSWER.issuer };
/** The time in the guide's example of an offline answer. */
const EXAMPLE_TIME = new Date(2027, 0, 4, 14, 5);

/**
 * For shops, pools, schools and pharmacies that honour the card: how to check
 * it, what each answer means and what to do, the partner link, offline mode,
 * and the API for till systems.
 */
export function PartnerGuide() {
  const { t, rich } = useTranslation();
  const exampleTime = formatTime(EXAMPLE_TIME);
  const link = (parts: ReactNode[]) => <Link to={paths.verify.getHref()}>{parts}</Link>;
  const docs = (parts: ReactNode[]) => <a href="/api/docs">{parts}</a>;
  const origin = window.location.origin;
  const curl = [
    `curl -s -X POST ${origin}/api/v1/verify \\`,
    `  -H 'content-type: application/json' \\`,
    `  -H 'x-partner-key: ycp_...' \\`,
    `  -d '{"cardNumber":"${CARD_NUMBER_EXAMPLE}"}'`,
  ].join('\n');

  return (
    <div className="guide">
      <p className="page-lead">{t('partnerGuide.lead')}</p>
      <nav aria-label={t('partnerGuide.contents')} className="guide__contents">
        <ul>
          <li><a href="#how">{t('partnerGuide.how.heading')}</a></li>
          <li><a href="#answers">{t('partnerGuide.answers.heading')}</a></li>
          <li><a href="#partner-link">{t('partnerGuide.partnerLink.heading')}</a></li>
          <li><a href="#offline">{t('partnerGuide.offline.heading')}</a></li>
          <li><a href="#privacy">{t('partnerGuide.privacy.heading')}</a></li>
          <li><a href="#api">{t('partnerGuide.api.heading')}</a></li>
        </ul>
      </nav>

      <section aria-labelledby="how">
        <h2 id="how">{t('partnerGuide.how.heading')}</h2>
        <ol>
          <li>{t('partnerGuide.how.camera')}</li>
          <li>{rich('partnerGuide.how.page', { example: CARD_NUMBER_EXAMPLE, link })}</li>
          <li>{t('partnerGuide.how.read')}</li>
        </ol>
      </section>

      <section aria-labelledby="answers">
        <h2 id="answers">{t('partnerGuide.answers.heading')}</h2>
        <dl className="answers">
          <div className="answers__item answers__item--valid">
            <dt>{t('partnerGuide.answers.valid')}</dt>
            <dd>{t('partnerGuide.answers.validMeans')}</dd>
          </div>
          <div className="answers__item answers__item--expired">
            <dt>{t('partnerGuide.answers.expired')}</dt>
            <dd>{t('partnerGuide.answers.expiredMeans')}</dd>
          </div>
          <div className="answers__item answers__item--not-valid">
            <dt>{t('partnerGuide.answers.notValid')}</dt>
            <dd>{t('partnerGuide.answers.notValidMeans')}</dd>
          </div>
          <div className="answers__item">
            <dt>{t('partnerGuide.answers.notChecked')}</dt>
            <dd>{t('partnerGuide.answers.notCheckedMeans')}</dd>
          </div>
        </dl>
        <p className="guide__important">{rich('partnerGuide.answers.neverAsk')}</p>
      </section>

      <section aria-labelledby="partner-link">
        <h2 id="partner-link">{t('partnerGuide.partnerLink.heading')}</h2>
        <p>{rich('partnerGuide.partnerLink.body')}</p>
      </section>

      <section aria-labelledby="offline">
        <h2 id="offline">{t('partnerGuide.offline.heading')}</h2>
        <p>{rich('partnerGuide.offline.body')}</p>
        <ul>
          <li>{rich('partnerGuide.offline.asOf', { time: exampleTime })}</li>
          <li>{t('partnerGuide.offline.noOffers')}</li>
          <li>{t('partnerGuide.offline.noNumbers')}</li>
          <li>{t('partnerGuide.offline.oneDay')}</li>
        </ul>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('partnerGuide.privacy.heading')}</h2>
        <p>{t('partnerGuide.privacy.body')}</p>
      </section>

      <section aria-labelledby="api">
        <h2 id="api">{t('partnerGuide.api.heading')}</h2>
        <p>{rich('partnerGuide.api.body')}</p>
        <p className="code-caption" id="example-request">{t('partnerGuide.api.exampleRequest')}</p>
        <pre className="code-block" aria-labelledby="example-request" dir="ltr">
          <code>{curl}</code>
        </pre>
        <p className="code-caption" id="example-valid">{t('partnerGuide.api.exampleValid')}</p>
        <pre className="code-block" aria-labelledby="example-valid" dir="ltr">
          <code>{JSON.stringify(EXAMPLE_ANSWER, null, 2)}</code>
        </pre>
        <p className="code-caption" id="example-not-valid">{t('partnerGuide.api.exampleNotValid')}</p>
        <pre className="code-block" aria-labelledby="example-not-valid" dir="ltr">
          <code>{JSON.stringify(NOT_VALID_ANSWER, null, 2)}</code>
        </pre>
        <ul>
          <li>{rich('partnerGuide.api.keys')}</li>
          <li>{rich('partnerGuide.api.rateLimits')}</li>
          <li>{rich('partnerGuide.api.offline')}</li>
          <li>{rich('partnerGuide.api.reference', { docs })}</li>
        </ul>
      </section>
    </div>
  );
}
