import { useId, useState } from 'react';
import type { SuggestionView } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextAreaField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useModerateSuggestion, useSuggestions } from '../api/consultations-api.ts';
import { formErrors } from './form-errors.ts';
import { calendarDay } from './labels.ts';
import { formatDay } from '../../../i18n/dates.ts';

/**
 * Suggestions from young carers. Their words are shown as plain text (React
 * escapes them; the API refused control and bidi characters). Publishing
 * asks for the public wording, which staff may change (a name of a sibling,
 * say, never goes out).
 */
export function SuggestionModeration() {
  const suggestions = useSuggestions();
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" className="section-title">
        {t('consultations.suggestions.title')}
      </h2>
      <p className="muted">{t('consultations.suggestions.lead')}</p>
      {suggestions.isPending ? (
        <Loading label={t('consultations.suggestions.loading')} />
      ) : suggestions.isError ? (
        <Alert tone="error">{errorMessage(suggestions.error)}</Alert>
      ) : suggestions.data.items.length === 0 ? (
        <p className="muted">{t('consultations.suggestions.empty')}</p>
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
  const [empty, setEmpty] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const { t } = useTranslation();
  const textId = useId();
  const errors = formErrors({ publicText: textId }, empty ? { publicText: t('consultations.suggestions.publicTextMissing') } : {}, moderate.error);
  const day = formatDay(calendarDay(suggestion.day), 'medium');
  const heading = suggestion.kind === 'partner' ? t('consultations.suggestions.partner', { day }) : t('consultations.suggestions.benefit', { day });
  const publish = () => {
    const missing = publicText.trim() === '';
    setEmpty(missing);
    if (missing) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    moderate.mutate({ id: suggestion.id, decision: 'published', publicText });
  };
  return (
    <li className="panel">
      <h3 className="section-title">{heading}</h3>
      <ErrorSummary items={errors.items} focusKey={failedAttempts} refusal={moderate.error} />
      <p>
        <strong>{t(`consultations.suggestions.status.${suggestion.status}`)}</strong> {t('consultations.suggestions.wrote')}
      </p>
      <blockquote className="break-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
        {suggestion.text}
      </blockquote>
      <TextAreaField
        id={textId}
        name="publicText"
        label={t('consultations.suggestions.publicText')}
        rows={2}
        maxLength={500}
        value={publicText}
        onChange={(event) => setPublicText(event.target.value)}
        hint={t('consultations.suggestions.publicTextHint')}
        error={errors.errorFor('publicText')}
      />
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={moderate.isPending} onClick={publish}>
          {suggestion.status === 'published' ? t('consultations.suggestions.saveWording') : t('consultations.suggestions.publish')}
        </button>
        {suggestion.status !== 'declined' ? (
          <button type="button" className="button button--secondary" disabled={moderate.isPending} onClick={() => moderate.mutate({ id: suggestion.id, decision: 'declined' })}>
            {suggestion.status === 'published' ? t('consultations.suggestions.takeDown') : t('consultations.suggestions.decline')}
          </button>
        ) : null}
      </div>
      {errors.unplaced ? <Alert tone="error">{errorMessage(errors.unplaced)}</Alert> : null}
    </li>
  );
}
