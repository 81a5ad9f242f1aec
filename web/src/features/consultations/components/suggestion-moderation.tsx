import { useState } from 'react';
import type { SuggestionView } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';
import { useModerateSuggestion, useSuggestions } from '../api/consultations-api.ts';

const statusText = { new: 'New', published: 'Published', declined: 'Declined' } as const;

/**
 * Suggestions from young carers. Their words are shown as plain text (React
 * escapes them; the API refused control and bidi characters). Publishing
 * asks for the public wording, which staff may change (a name of a sibling,
 * say, never goes out).
 */
export function SuggestionModeration() {
  const suggestions = useSuggestions();
  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" className="section-title">
        Suggestions from young carers
      </h2>
      <p className="muted">Private until you publish one. Only the public wording you write is ever shown outside this app. Nothing links a suggestion to who sent it.</p>
      {suggestions.isPending ? (
        <Loading label="Loading suggestions…" />
      ) : suggestions.isError ? (
        <Alert tone="error">{errorMessage(suggestions.error)}</Alert>
      ) : suggestions.data.items.length === 0 ? (
        <p className="muted">No suggestions yet.</p>
      ) : (
        <ul className="stack suggestion-list">
          {suggestions.data.items.map((suggestion) => (
            <SuggestionItem key={suggestion.id} suggestion={suggestion} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SuggestionItem({ suggestion }: { suggestion: SuggestionView }) {
  const moderate = useModerateSuggestion();
  const [publicText, setPublicText] = useState(suggestion.publicText ?? suggestion.text);
  const heading = `${suggestion.kind === 'partner' ? 'A place that should take the card' : 'A benefit'}, ${formatCalendarDate(suggestion.day)}`;
  return (
    <li className="panel">
      <h3 className="section-title">{heading}</h3>
      <p>
        <strong>{statusText[suggestion.status]}.</strong> What they wrote:
      </p>
      <blockquote className="break-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
        {suggestion.text}
      </blockquote>
      <TextAreaField label="Public wording" rows={2} maxLength={500} value={publicText} onChange={(event) => setPublicText(event.target.value)} hint="What the public page shows if you publish it." />
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={moderate.isPending} onClick={() => moderate.mutate({ id: suggestion.id, decision: 'published', publicText })}>
          {suggestion.status === 'published' ? 'Save the public wording' : 'Publish'}
        </button>
        {suggestion.status !== 'declined' ? (
          <button type="button" className="button button--secondary" disabled={moderate.isPending} onClick={() => moderate.mutate({ id: suggestion.id, decision: 'declined' })}>
            {suggestion.status === 'published' ? 'Take down' : 'Decline'}
          </button>
        ) : null}
      </div>
      {moderate.isError ? <Alert tone="error">{errorMessage(moderate.error)}</Alert> : null}
    </li>
  );
}
