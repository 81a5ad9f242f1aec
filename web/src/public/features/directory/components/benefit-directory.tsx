import { useMemo, useState } from 'react';
import type { BenefitDirectory as Directory } from '../../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { SelectField } from '../../../../components/ui/field.tsx';
import { formatLongDate, formatMoment } from '../../../lib/format.ts';
import { useBenefitDirectory } from '../api/get-benefit-directory.ts';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../../../lib/partner-categories.ts';

type Partner = Directory['partners'][number];
type Offer = Partner['benefits'][number];

const AGES = Array.from({ length: 21 }, (_, i) => i + 5);

/**
 * The benefits directory young carers browse on a phone: partners and their
 * offers, grouped by category, filterable by category, area and age, with
 * age ranges and conditions. Works offline from the last saved copy.
 */
export function BenefitDirectory() {
  const query = useBenefitDirectory();
  const [category, setCategory] = useState('');
  const [area, setArea] = useState('');
  const [age, setAge] = useState('');

  const partners = useMemo(() => query.data?.directory.partners ?? [], [query.data]);
  const areas = useMemo(() => [...new Set(partners.map((p) => p.area).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en-GB')), [partners]);
  const categories = CATEGORY_ORDER.filter((c) => partners.some((p) => p.category === c));

  if (query.isPending) return <p role="status">Loading the offers…</p>;
  if (query.isError) {
    return (
      <Alert tone="error" title="The offers could not be loaded">
        <p>{navigator.onLine ? 'Please try again in a moment.' : 'You are offline, and this phone has no saved copy of the list yet. Connect to the internet and try again.'}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Try again
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
      <p className="page-lead">Show your young carer card to get these offers. You never have to say why you are a carer.</p>
      {savedCopy ? (
        <Alert tone="info" title="Saved copy">
          <p>You may be offline: this is the list saved on this phone, as of {formatMoment(asOf)}. Offers may have changed since.</p>
        </Alert>
      ) : (
        <p className="as-of">Offers as of {formatMoment(asOf)}.</p>
      )}

      {partners.length === 0 ? (
        <p>There are no offers listed yet. Check again soon.</p>
      ) : (
        <>
          <form className="filters" aria-label="Filter the offers" onSubmit={(e) => e.preventDefault()}>
            <SelectField label="Type of place" value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">All types</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </SelectField>
            <SelectField label="Area" value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">All areas</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </SelectField>
            <SelectField label="Your age" value={age} onChange={(e) => setAge(e.target.value)}>
              <option value="">Any age</option>
              {AGES.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </SelectField>
          </form>
          <p className="directory__count" role="status">
            {countText(shown)}
          </p>
          {groups.map((group) => (
            <section key={group.category} className="directory__group" aria-labelledby={`category-${group.category}`}>
              <h2 id={`category-${group.category}`}>{CATEGORY_LABELS[group.category]}</h2>
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
              <span className="tag tag--neutral">{ageRange(offer)}</span>
              {offer.validTo ? <span className="tag tag--neutral">Until {formatLongDate(offer.validTo)}</span> : null}
            </p>
            {offer.conditions ? <p className="offer__conditions">Conditions: {offer.conditions}</p> : null}
          </li>
        ))}
      </ul>
      {partner.website ? (
        <p>
          <a href={partner.website} rel="noopener noreferrer" target="_blank">
            {partner.name} website<span className="visually-hidden"> (opens in a new tab)</span>
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

function ageRange(offer: Offer): string {
  const { minAge, maxAge } = offer;
  if (minAge !== null && maxAge !== null) return minAge === maxAge ? `Age ${minAge}` : `Ages ${minAge} to ${maxAge}`;
  if (minAge !== null) return `Age ${minAge} and over`;
  if (maxAge !== null) return `Up to age ${maxAge}`;
  return 'All ages';
}

function countText(partners: Partner[]): string {
  const offers = partners.reduce((sum, p) => sum + p.benefits.length, 0);
  if (offers === 0) return 'No offers match. Try other choices.';
  return `${offers} ${offers === 1 ? 'offer' : 'offers'} from ${partners.length} ${partners.length === 1 ? 'place' : 'places'}`;
}
