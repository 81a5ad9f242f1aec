import { useMemo, useState } from 'react';
import type { MyBenefit } from '../../../../../../api/src/my-card/schemas.ts';
import { SelectField } from '../../../../components/ui/field.tsx';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { CATEGORY_ORDER } from '../../../lib/partner-categories.ts';

/** The offers that apply to this young carer today (their age decides), nearest first when they pick their area. */
export function MyBenefits({ benefits }: { benefits: MyBenefit[] }) {
  const { t, language } = useTranslation();
  const staffWords = language === 'en' ? undefined : 'en';
  const [area, setArea] = useState('');
  const areas = useMemo(() => [...new Set(benefits.map((b) => b.area).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en-GB')), [benefits]);
  const shown = benefits
    .filter((b) => !area || b.area === area)
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.partner.localeCompare(b.partner, 'en-GB'));
  return (
    <section className="panel my-benefits" aria-labelledby="my-benefits-title">
      <h2 id="my-benefits-title">{t('my.benefits.title')}</h2>
      {benefits.length === 0 ? (
        <p>{t('my.benefits.none')}</p>
      ) : (
        <>
          <p>{t('my.benefits.lead')}</p>
          {areas.length > 1 ? (
            <SelectField label={t('my.benefits.nearMe')} value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">{t('my.benefits.allAreas')}</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </SelectField>
          ) : null}
          <ul className="offer-list">
            {shown.map((b) => (
              // Titles, descriptions and conditions are as staff wrote them (in English): marked so, for a screen reader in another language.
              <li key={`${b.partner}|${b.title}`} className="offer">
                <p className="offer__title" lang={staffWords}>
                  {b.title}
                </p>
                <p className="benefit__partner">
                  <bdi>
                    {b.partner}
                    {b.area ? `, ${b.area}` : ''}
                  </bdi>{' '}
                  · {t(`my.benefits.category.${b.category}`)}
                </p>
                {b.description ? <p lang={staffWords}>{b.description}</p> : null}
                {b.conditions ? <p className="offer__conditions">{t('my.benefits.conditions', { conditions: b.conditions })}</p> : null}
                {b.address ? <p className="offer__conditions">{b.address}</p> : null}
                {b.website ? (
                  <p className="offer__conditions">
                    <a href={b.website} rel="noreferrer noopener" target="_blank">
                      {t('my.benefits.website')}
                      <span className="visually-hidden"> {t('my.benefits.websiteOf', { partner: b.partner })}</span>
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
