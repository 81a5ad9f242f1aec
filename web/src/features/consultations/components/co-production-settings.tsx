import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCoProductionSettings, useUpdateCoProductionSettings } from '../api/consultations-api.ts';
import { formErrors } from './form-errors.ts';

const MIN_DAYS = 7;
const MAX_DAYS = 1095;
const FIELDS = ['keepSuggestionsDays', 'keepAnswersDays'] as const;

/** How long suggestions and answers are kept; admins change it. The daily erasure job deletes what is older. */
export function CoProductionSettingsPanel({ canEdit }: { canEdit: boolean }) {
  const settings = useCoProductionSettings();
  const update = useUpdateCoProductionSettings();
  const [saved, setSaved] = useState(false);
  const [found, setFound] = useState<Partial<Record<string, string>>>({});
  const [failedAttempts, setFailedAttempts] = useState(0);
  const { t } = useTranslation();
  const formId = useId();
  const ids = Object.fromEntries(FIELDS.map((field) => [field, `${formId}-${field}`]));
  const errors = formErrors(ids, found, update.error);
  if (!settings.data) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    const wrong = Object.fromEntries(
      FIELDS.flatMap((field) => {
        const days = Number(String(data.get(field) ?? '').trim() || NaN);
        return Number.isInteger(days) && days >= MIN_DAYS && days <= MAX_DAYS ? [] : [[field, t('consultations.settings.daysInvalid', { minimum: MIN_DAYS, maximum: MAX_DAYS })]];
      }),
    );
    setFound(wrong);
    if (Object.keys(wrong).length > 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    update.mutate({ keepSuggestionsDays: Number(data.get('keepSuggestionsDays')), keepAnswersDays: Number(data.get('keepAnswersDays')) }, { onSuccess: () => setSaved(true) });
  };
  return (
    <section className="panel" aria-labelledby="co-production-settings-title">
      <h2 id="co-production-settings-title" className="section-title">
        {t('consultations.settings.title')}
      </h2>
      {canEdit ? (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary items={errors.items} focusKey={failedAttempts} refusal={update.error} />
          <div className="field-row">
            <TextField
              id={ids.keepSuggestionsDays}
              label={t('consultations.settings.suggestions')}
              name="keepSuggestionsDays"
              type="number"
              min={MIN_DAYS}
              max={MAX_DAYS}
              required
              defaultValue={settings.data.keepSuggestionsDays}
              className="input--short"
              error={errors.errorFor('keepSuggestionsDays')}
            />
            <TextField
              id={ids.keepAnswersDays}
              label={t('consultations.settings.answers')}
              name="keepAnswersDays"
              type="number"
              min={MIN_DAYS}
              max={MAX_DAYS}
              required
              defaultValue={settings.data.keepAnswersDays}
              className="input--short"
              error={errors.errorFor('keepAnswersDays')}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={update.isPending}>
              {t('consultations.save')}
            </button>
          </div>
          {errors.unplaced ? <Alert tone="error">{errorMessage(errors.unplaced)}</Alert> : null}
          {saved ? <Alert tone="success">{t('consultations.saved')}</Alert> : null}
        </form>
      ) : (
        <p>{t('consultations.settings.kept', { suggestions: settings.data.keepSuggestionsDays, answers: settings.data.keepAnswersDays })}</p>
      )}
    </section>
  );
}
