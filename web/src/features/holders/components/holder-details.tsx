import { Link } from 'react-router';
import type { HolderDetail } from '../../../../../api/src/holders/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { ageOn, formatCalendarDate, formatDateTime } from '../../../lib/format-date.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { cardLanguageLabel, consentByLabel, consentMethodLabel, LANGUAGE_NAMES, labelOf } from './holder-labels.ts';

/** Everything staff hold about a young carer, the caring situation set apart. */
export function HolderDetails({ holder }: { holder: HolderDetail }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('holders.details.notGiven')}</span>;
  const label = (labels: Record<string, string>, code: string) => {
    const key = labelOf(labels, code);
    return key ? t(key) : code;
  };
  const age = ageOn(holder.dateOfBirth);
  return (
    <section className="panel holder-details" aria-labelledby="holder-details-title">
      <div className="panel__header">
        <h2 id="holder-details-title" className="section-title">
          {t('holders.details.title')}
        </h2>
        <Link className="button button--secondary button--small" to={paths.holders.edit.getHref(holder.id)}>
          {t('holders.details.edit')}
          <span className="visually-hidden">{t('holders.details.editHidden')}</span>
        </Link>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('holders.form.givenName')}</dt>
          <dd>{holder.givenName}</dd>
        </div>
        <div>
          <dt>{t('holders.form.familyName')}</dt>
          <dd>{holder.familyName}</dd>
        </div>
        <div>
          <dt>{t('holders.form.preferredName')}</dt>
          <dd>
            {holder.preferredName ? (
              <>
                {holder.preferredName} <span className="muted">{t('holders.details.printedOnCard')}</span>
              </>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t('holders.form.dateOfBirth')}</dt>
          <dd>
            {formatCalendarDate(holder.dateOfBirth)}
            {age !== undefined ? <span className="muted"> {t('holders.details.age', { age })}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('holders.form.contactEmail')}</dt>
          <dd className="break-anywhere">{holder.contactEmail ?? none}</dd>
        </div>
        <div>
          <dt>{t('holders.form.contactPhone')}</dt>
          <dd>{holder.contactPhone ?? none}</dd>
        </div>
        <div>
          <dt>{t('holders.form.reference')}</dt>
          <dd className="break-anywhere">{holder.reference ?? none}</dd>
        </div>
        <div>
          <dt>{t('holders.details.consent')}</dt>
          <dd>
            {label(consentByLabel, holder.consentBy)}, {label(consentMethodLabel, holder.consentMethod).toLowerCase()},{' '}
            <time dateTime={holder.consentAt}>{formatDateTime(holder.consentAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('holders.form.language')}</dt>
          <dd>
            <span lang={holder.language}>{LANGUAGE_NAMES[holder.language]}</span>
          </dd>
        </div>
        <div>
          <dt>{t('holders.form.cardLanguage')}</dt>
          <dd>{label(cardLanguageLabel, holder.cardLanguage)}</dd>
        </div>
        <div className="facts__wide">
          <dt>{t('holders.form.notes')}</dt>
          <dd className="pre-line">{holder.notes || <span className="muted">{t('holders.details.none')}</span>}</dd>
        </div>
      </dl>
      <div className="sensitive-note">
        <h3 className="sensitive-note__title">{t('holders.details.caringTitle')}</h3>
        <p className="sensitive-note__hint">{t('holders.details.caringHint')}</p>
        <p className="pre-line">{holder.caringNote || <span className="muted">{t('holders.details.nothingRecorded')}</span>}</p>
      </div>
      <p className="muted small">
        {t('holders.details.registered')} <time dateTime={holder.createdAt}>{formatDateTime(holder.createdAt)}</time>
        {holder.updatedAt !== holder.createdAt ? (
          <>
            {' '}
            · {t('holders.details.lastChanged')} <time dateTime={holder.updatedAt}>{formatDateTime(holder.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </section>
  );
}
