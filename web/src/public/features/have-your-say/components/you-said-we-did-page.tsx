import { useTranslation } from '../../../../i18n/use-translation.ts';
import { useYouSaidWeDid } from '../api/have-your-say-api.ts';
import { formatCalendarDay } from '../../../../i18n/dates.ts';
import { OutcomeList } from './outcome-list.tsx';

/** The public "You said, we did": only what staff wrote or chose to publish, in the words they approved. */
export function YouSaidWeDidPage() {
  const { t, language } = useTranslation();
  const query = useYouSaidWeDid();
  if (query.isPending) return <p role="status">{t('youSaidWeDid.loading')}</p>;
  if (query.isError) return <p role="alert">{t('youSaidWeDid.failed')}</p>;
  const { outcomes, suggestions } = query.data;
  return (
    <>
      <OutcomeList outcomes={outcomes} headingLevel={2} />
      {suggestions.length > 0 ? (
        <section className="panel" aria-labelledby="ideas">
          <h2 id="ideas">{t('youSaidWeDid.ideasTitle')}</h2>
          <ul className="idea-list">
            {suggestions.map((idea) => (
              <li key={idea.id}>
                <span lang={language === 'en' ? undefined : 'en'}>{idea.text}</span>{' '}
                <span className="outcome__day">{t('youSaidWeDid.ideaNote', { kind: idea.kind === 'partner' ? 'partner' : 'benefit', day: formatCalendarDay(idea.day) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
