import type { PublicOutcome } from '../../../../../../api/src/consultations/schemas.ts';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { formatCalendarDay } from '../../../../i18n/dates.ts';

/** "You said, we did" entries, as staff wrote and published them (in English: marked so for a screen reader in another language). */
export function OutcomeList({ outcomes, headingLevel = 3 }: { outcomes: PublicOutcome[]; headingLevel?: 2 | 3 }) {
  const { t, language } = useTranslation();
  if (outcomes.length === 0) return <p>{t('youSaidWeDid.none')}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const staffWords = language === 'en' ? undefined : 'en';
  return (
    <ul className="outcome-list">
      {outcomes.map((outcome) => (
        <li key={outcome.id} className="outcome">
          <Heading className="outcome__said">
            <span className="outcome__tag">{t('youSaidWeDid.youSaid')}</span> <span lang={staffWords}>{outcome.youSaid}</span>
          </Heading>
          <p className="outcome__did">
            <span className="outcome__tag">{t('youSaidWeDid.weDid')}</span> <span lang={staffWords}>{outcome.weDid}</span>
          </p>
          <p className="outcome__day">{formatCalendarDay(outcome.day)}</p>
        </li>
      ))}
    </ul>
  );
}
