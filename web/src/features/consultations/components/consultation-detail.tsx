import { useState, type FormEvent } from 'react';
import type { ConsultationView } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { api, errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';
import { fileNameFrom, saveFile } from '../../../lib/save-file.ts';
import { useRecordAnswer } from '../api/consultations-api.ts';
import { ageRange } from './consultation-list.tsx';
import { channelLabels, statusLabels } from './labels.ts';
import { OptionImage } from './option-image.tsx';
import { OptionPreview } from './option-preview.tsx';
import { ResultsChart } from './results-chart.tsx';

export function ConsultationDetail({ consultation }: { consultation: ConsultationView }) {
  const templates = consultation.options.filter((option) => option.kind === 'template');
  const pictures = consultation.options.filter((option) => option.kind === 'image');
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{statusLabels[consultation.status]}</dd>
        </div>
        <div>
          <dt>Open</dt>
          <dd>
            {formatCalendarDate(consultation.opensOn)} to {formatCalendarDate(consultation.closesOn)}
          </dd>
        </div>
        <div>
          <dt>For ages</dt>
          <dd>{ageRange(consultation.minAge, consultation.maxAge)}</dd>
        </div>
      </dl>
      {consultation.description ? <p>{consultation.description}</p> : null}
      <section className="panel" aria-labelledby="results-title">
        <h2 id="results-title" className="section-title">
          Results
        </h2>
        <p className="muted">Counts only: nobody, staff included, can see who answered what.</p>
        <ResultsChart results={consultation.results} caption={`Answers to “${consultation.question}”`} />
        {consultation.results.shown ? <DownloadCsv id={consultation.id} /> : null}
      </section>
      {templates.length > 0 ? (
        <section className="panel" aria-labelledby="designs-title">
          <h2 id="designs-title" className="section-title">
            Card designs young carers see
          </h2>
          <div className="option-previews">
            {templates.map((option) => (
              <figure key={option.id}>
                <OptionPreview consultationId={consultation.id} optionId={option.id} label={option.label} />
                <figcaption>{option.label}</figcaption>
              </figure>
            ))}
          </div>
        </section>
      ) : null}
      {pictures.length > 0 ? (
        <section className="panel" aria-labelledby="pictures-title">
          <h2 id="pictures-title" className="section-title">
            Pictures young carers see
          </h2>
          <div className="option-previews">
            {pictures.map((option) => (
              <figure key={option.id}>
                <OptionImage consultationId={consultation.id} optionId={option.id} alt={option.imageAlt ?? ''} />
                <figcaption>
                  {option.label}
                  <br />
                  <span className="muted">Read out as: {option.imageAlt}</span>
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      ) : null}
      <RecordAnswer consultation={consultation} />
    </>
  );
}

function DownloadCsv({ id }: { id: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const download = async () => {
    try {
      const response = await api.response('GET', `/api/consultations/${encodeURIComponent(id)}/results.csv`);
      saveFile(await response.blob(), fileNameFrom(response, 'consultation-results.csv'));
    } catch (error) {
      setFailed(errorMessage(error));
    }
  };
  return (
    <div className="button-row">
      <button type="button" className="button button--secondary" onClick={() => void download()}>
        Download the counts (CSV)
      </button>
      {failed ? <Alert tone="error">{failed}</Alert> : null}
    </div>
  );
}

/** Answers given by phone, by email or at a group session, written down by staff: one entry each, marked with how it came. */
function RecordAnswer({ consultation }: { consultation: ConsultationView }) {
  const record = useRecordAnswer(consultation.id);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const optionId = String(data.get('optionId'));
    const channel = String(data.get('channel')) as 'phone' | 'email' | 'face_to_face';
    setSaved(null);
    record.mutate({ optionId, channel }, { onSuccess: () => setSaved(`Saved: one answer (${channelLabels[channel].toLowerCase()}).`) });
  };
  return (
    <section className="panel" aria-labelledby="record-title">
      <h2 id="record-title" className="section-title">
        Add an answer given to staff
      </h2>
      <p className="muted">For young carers who answered by phone, by email or at a group session. Add one entry for each person. Their name is not kept.</p>
      <form className="form" onSubmit={submit}>
        <div className="field-row">
          <SelectField label="Their answer" name="optionId" required>
            {consultation.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </SelectField>
          <SelectField label="How they answered" name="channel" required>
            <option value="phone">{channelLabels.phone}</option>
            <option value="email">{channelLabels.email}</option>
            <option value="face_to_face">{channelLabels.face_to_face}</option>
          </SelectField>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={record.isPending}>
            Add the answer
          </button>
        </div>
        {record.isError ? <Alert tone="error">{errorMessage(record.error)}</Alert> : null}
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </form>
    </section>
  );
}
