import { formatLongDate } from '../../../lib/format.ts';
import { useYouSaidWeDid } from '../api/have-your-say-api.ts';
import { OutcomeList } from './outcome-list.tsx';

/** The public "You said, we did": only what staff wrote or chose to publish, in the words they approved. */
export function YouSaidWeDidPage() {
  const query = useYouSaidWeDid();
  if (query.isPending) return <p role="status">Loading…</p>;
  if (query.isError) return <p role="alert">This page could not be loaded. Please try again in a moment.</p>;
  const { outcomes, suggestions } = query.data;
  return (
    <>
      <OutcomeList outcomes={outcomes} headingLevel={2} />
      {suggestions.length > 0 ? (
        <section className="panel" aria-labelledby="ideas">
          <h2 id="ideas">Ideas from young carers</h2>
          <ul className="idea-list">
            {suggestions.map((idea) => (
              <li key={idea.id}>
                {idea.text} <span className="outcome__day">({idea.kind === 'partner' ? 'a place to take the card' : 'an offer'}, {formatLongDate(idea.day)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
