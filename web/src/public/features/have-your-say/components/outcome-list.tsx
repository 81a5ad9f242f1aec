import type { PublicOutcome } from '../../../../../../api/src/consultations/schemas.ts';
import { formatLongDate } from '../../../lib/format.ts';

/** "You said, we did" entries, as staff wrote and published them. */
export function OutcomeList({ outcomes, headingLevel = 3 }: { outcomes: PublicOutcome[]; headingLevel?: 2 | 3 }) {
  if (outcomes.length === 0) return <p>Nothing here yet. When young carers ask for something and we do it, it is written here.</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="outcome-list">
      {outcomes.map((outcome) => (
        <li key={outcome.id} className="outcome">
          <Heading className="outcome__said">
            <span className="outcome__tag">You said</span> {outcome.youSaid}
          </Heading>
          <p className="outcome__did">
            <span className="outcome__tag">We did</span> {outcome.weDid}
          </p>
          <p className="outcome__day">{formatLongDate(outcome.day)}</p>
        </li>
      ))}
    </ul>
  );
}
