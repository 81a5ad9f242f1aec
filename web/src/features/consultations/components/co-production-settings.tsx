import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCoProductionSettings, useUpdateCoProductionSettings } from '../api/consultations-api.ts';

/** How long suggestions and answers are kept; admins change it. The daily erasure job deletes what is older. */
export function CoProductionSettingsPanel({ canEdit }: { canEdit: boolean }) {
  const settings = useCoProductionSettings();
  const update = useUpdateCoProductionSettings();
  const [saved, setSaved] = useState(false);
  if (!settings.data) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    update.mutate({ keepSuggestionsDays: Number(data.get('keepSuggestionsDays')), keepAnswersDays: Number(data.get('keepAnswersDays')) }, { onSuccess: () => setSaved(true) });
  };
  return (
    <section className="panel" aria-labelledby="co-production-settings-title">
      <h2 id="co-production-settings-title" className="section-title">
        How long we keep them
      </h2>
      {canEdit ? (
        <form className="form" onSubmit={submit}>
          <div className="field-row">
            <TextField label="Suggestions (days)" name="keepSuggestionsDays" type="number" min={7} max={1095} required defaultValue={settings.data.keepSuggestionsDays} className="input--short" />
            <TextField label="Answers (days)" name="keepAnswersDays" type="number" min={7} max={1095} required defaultValue={settings.data.keepAnswersDays} className="input--short" />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={update.isPending}>
              Save
            </button>
          </div>
          {update.isError ? <Alert tone="error">{errorMessage(update.error)}</Alert> : null}
          {saved ? <Alert tone="success">Saved.</Alert> : null}
        </form>
      ) : (
        <p>
          Suggestions are kept {settings.data.keepSuggestionsDays} days and answers {settings.data.keepAnswersDays} days, then deleted. An admin can change this.
        </p>
      )}
    </section>
  );
}
