import { useMemo, useState } from 'react';
import type { BenefitDirectory as Directory } from '../../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { SelectField } from '../../../../components/ui/field.tsx';
import { useTranslation, type Translate } from '../../../../i18n/use-translation.ts';
import { formatCalendarDay, formatMoment } from '../../../../i18n/dates.ts';
import { useBenefitDirectory } from '../api/get-benefit-directory.ts';
import { CATEGORY_ORDER, categoryLabel } from '../../../lib/partner-categories.ts';

type Partner = Directory['partners'][number];
type Offer = Partner['benefits'][number];

const AGES = Array.from({ length: 21 }, (_, i) => i + 5);

/**
 * The benefits directory young carers browse on a phone: partners and their
 * offers, grouped by category, filterable by category, area and age, with
 * age ranges and conditions. Works offline from the last saved copy.
 */
export function BenefitDirectory() {
  const { t, locale } = useTranslation();
  const query = useBenefitDirectory();
  const [category, setCategory] = useState('');
  const [area, setArea] = useState('');
  const [age, setAge] = useState('');

  const partners = useMemo(() => query.data?.directory.partners ?? [], [query.data]);
  const areas = useMemo(() => [...new Set(partners.map((p) => p.area).filter(Boolean))].sort((a, b) => a.localeCompare(b, locale)), [partners, locale]);
  const categories = CATEGORY_ORDER.filter((c) => partners.some((p) => p.category === c));

  if (query.isPending) return <p role="status">{t('directory.loading')}</p>;
  if (query.isError) {
    return (
      <Alert tone="error" title={t('directory.loadFailed')}>
        <p>{t(navigator.onLine ? 'directory.tryLater' : 'directory.offlineNoCopy')}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('directory.tryAgain')}
        </button>
      </Alert>
    );
  }

  const { asOf, savedCopy } = query.data;
  const shownAge = age === '' ? undefined : Number(age);
  const shown = partners
    .filter((p) => (!category || p.category === category) && (!area || p.area === area))
    .map((p) => ({ ...p, benefits: p.benefits.filter((b) => forAge(b, shownAge)) }))
    .filter((p) => p.benefits.length > 0);
  const groups = CATEGORY_ORDER.map((c) => ({ category: c, partners: shown.filter((p) => p.category === c) })).filter((g) => g.partners.length > 0);

  return (
    <div className="directory">
      <p className="page-lead">{t('directory.lead')}</p>
      {savedCopy ? (
        <Alert tone="info" title={t('directory.savedCopyTitle')}>
          <p>{t('directory.savedCopy', { moment: formatMoment(asOf) })}</p>
        </Alert>
      ) : (
        <p className="as-of">{t('directory.asOf', { moment: formatMoment(asOf) })}</p>
      )}

      {partners.length === 0 ? (
        <p>{t('directory.noOffers')}</p>
      ) : (
        <>
          <form className="filters" aria-label={t('directory.filters')} onSubmit={(e) => e.preventDefault()}>
            <SelectField label={t('directory.category')} value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('directory.allCategories')}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('directory.area')} value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">{t('directory.allAreas')}</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('directory.age')} value={age} onChange={(e) => setAge(e.target.value)}>
              <option value="">{t('directory.anyAge')}</option>
              {AGES.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </SelectField>
          </form>
          <p className="directory__count" role="status">
            {countText(shown, t)}
          </p>
          {groups.map((group) => (
            <section key={group.category} className="directory__group" aria-labelledby={`category-${group.category}`}>
              <h2 id={`category-${group.category}`}>{categoryLabel(group.category)}</h2>
              {group.partners.map((partner) => (
                <PartnerOffers key={partner.id} partner={partner} />
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function PartnerOffers({ partner }: { partner: Partner }) {
  const { t, rich } = useTranslation();
  const place = [partner.area, partner.address].filter(Boolean).join(' · ');
  return (
    <article className="partner-card" aria-labelledby={`partner-${partner.id}`}>
      <h3 id={`partner-${partner.id}`}>{partner.name}</h3>
      {place ? <p className="partner-card__place">{place}</p> : null}
      <ul className="offer-list">
        {partner.benefits.map((offer) => (
          <li key={offer.id} className="offer">
            <p className="offer__title">{offer.title}</p>
            {offer.description ? <p>{offer.description}</p> : null}
            <p className="offer__facts">
              <span className="tag tag--neutral">{ageRange(offer, t)}</span>
              {offer.validTo ? <span className="tag tag--neutral">{t('directory.until', { date: formatCalendarDay(offer.validTo) })}</span> : null}
            </p>
            {offer.conditions ? <p className="offer__conditions">{t('directory.conditions', { conditions: offer.conditions })}</p> : null}
          </li>
        ))}
      </ul>
      {partner.website ? (
        <p>
          <a href={partner.website} rel="noopener noreferrer" target="_blank">
            {rich('directory.website', { name: partner.name })}
          </a>
        </p>
      ) : null}
    </article>
  );
}

function forAge(offer: Offer, age: number | undefined): boolean {
  if (age === undefined) return true;
  return (offer.minAge === null || age >= offer.minAge) && (offer.maxAge === null || age <= offer.maxAge);
}

function ageRange(offer: Offer, t: Translate): string {
  const { minAge, maxAge } = offer;
  if (minAge !== null && maxAge !== null) return minAge === maxAge ? t('directory.ages.exactly', { age: minAge }) : t('directory.ages.range', { min: minAge, max: maxAge });
  if (minAge !== null) return t('directory.ages.atLeast', { age: minAge });
  if (maxAge !== null) return t('directory.ages.upTo', { age: maxAge });
  return t('directory.ages.all');
}

function countText(partners: Partner[], t: Translate): string {
  const offers = partners.reduce((sum, p) => sum + p.benefits.length, 0);
  if (offers === 0) return t('directory.noMatch');
  return t('directory.count', { offers, places: partners.length });
}
