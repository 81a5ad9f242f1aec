import { useMemo, useState } from 'react';
import type { MyBenefit } from '../../../../../../api/src/my-card/schemas.ts';
import { SelectField } from '../../../../components/ui/field.tsx';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../../../lib/partner-categories.ts';

/** The offers that apply to this young carer today (their age decides), nearest first when they pick their area. */
export function MyBenefits({ benefits }: { benefits: MyBenefit[] }) {
  const [area, setArea] = useState('');
  const areas = useMemo(() => [...new Set(benefits.map((b) => b.area).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en-GB')), [benefits]);
  const shown = benefits
    .filter((b) => !area || b.area === area)
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.partner.localeCompare(b.partner, 'en-GB'));
  return (
    <section className="panel my-benefits" aria-labelledby="my-benefits-title">
      <h2 id="my-benefits-title">Your offers</h2>
      {benefits.length === 0 ? (
        <p>There are no offers for you listed yet. Check again soon.</p>
      ) : (
        <>
          <p>Show your card to get these. You never have to say why you are a carer.</p>
          {areas.length > 1 ? (
            <SelectField label="Near me" value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">All areas</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </SelectField>
          ) : null}
          <ul className="offer-list">
            {shown.map((b) => (
              <li key={`${b.partner}|${b.title}`} className="offer">
                <p className="offer__title">{b.title}</p>
                <p className="benefit__partner">
                  {b.partner}
                  {b.area ? `, ${b.area}` : ''} · {CATEGORY_LABELS[b.category]}
                </p>
                {b.description ? <p>{b.description}</p> : null}
                {b.conditions ? <p className="offer__conditions">Conditions: {b.conditions}</p> : null}
                {b.address ? <p className="offer__conditions">{b.address}</p> : null}
                {b.website ? (
                  <p className="offer__conditions">
                    <a href={b.website} rel="noreferrer noopener" target="_blank">
                      Website<span className="visually-hidden"> of {b.partner}</span>
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
