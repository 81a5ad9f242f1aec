import { useState, type FormEvent } from 'react';
import type { ConsultationView } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { api, errorMessage } from '../../../lib/api-client.ts';
import { fileNameFrom, saveFile } from '../../../lib/save-file.ts';
import { useRecordAnswer } from '../api/consultations-api.ts';
import { ageRange, calendarDay } from './labels.ts';
import { OptionImage } from './option-image.tsx';
import { OptionPreview } from './option-preview.tsx';
import { ResultsChart } from './results-chart.tsx';
import { dateFormat } from '../../../i18n/dates.ts';

export function ConsultationDetail({ consultation }: { consultation: ConsultationView }) {
  const templates = consultation.options.filter((option) => option.kind === 'template');
  const pictures = consultation.options.filter((option) => option.kind === 'image');
  const { t } = useTranslation();
  const day = dateFormat('day');
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('consultations.statusLabel')}</dt>
          <dd>{t(`consultations.status.${consultation.status}`)}</dd>
        </div>
        <div>
          <dt>{t('consultations.open')}</dt>
          <dd>{t('consultations.dates', { opens: day.format(calendarDay(consultation.opensOn)), closes: day.format(calendarDay(consultation.closesOn)) })}</dd>
        </div>
        <div>
          <dt>{t('consultations.forAges')}</dt>
          <dd>{ageRange(t, consultation.minAge, consultation.maxAge)}</dd>
        </div>
      </dl>
      {consultation.description ? <p>{consultation.description}</p> : null}
      <section className="panel" aria-labelledby="results-title">
        <h2 id="results-title" className="section-title">
          {t('consultations.detail.results')}
        </h2>
        <p className="muted">{t('consultations.detail.countsOnly')}</p>
        <ResultsChart results={consultation.results} caption={t('consultations.detail.resultsCaption', { question: consultation.question })} />
        {consultation.results.shown ? <DownloadCsv id={consultation.id} /> : null}
      </section>
      {templates.length > 0 ? (
        <section className="panel" aria-labelledby="designs-title">
          <h2 id="designs-title" className="section-title">
            {t('consultations.detail.designs')}
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
            {t('consultations.detail.pictures')}
          </h2>
          <div className="option-previews">
            {pictures.map((option) => (
              <figure key={option.id}>
                <OptionImage consultationId={consultation.id} optionId={option.id} alt={option.imageAlt ?? ''} />
                <figcaption>
                  {option.label}
                  <br />
                  <span className="muted">{t('consultations.detail.readOutAs', { alt: option.imageAlt ?? '' })}</span>
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
  const { t } = useTranslation();
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
        {t('consultations.detail.downloadCsv')}
      </button>
      {failed ? <Alert tone="error">{failed}</Alert> : null}
    </div>
  );
}

/** Answers given by phone, by email or at a group session, written down by staff: one entry each, marked with how it came. */
function RecordAnswer({ consultation }: { consultation: ConsultationView }) {
  const record = useRecordAnswer(consultation.id);
  const [saved, setSaved] = useState<string | null>(null);
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const optionId = String(data.get('optionId'));
    const channel = String(data.get('channel')) as 'phone' | 'email' | 'face_to_face';
    setSaved(null);
    record.mutate({ optionId, channel }, { onSuccess: () => setSaved(t('consultations.record.saved', { channel: t(`consultations.channelInSentence.${channel}`) })) });
  };
  return (
    <section className="panel" aria-labelledby="record-title">
      <h2 id="record-title" className="section-title">
        {t('consultations.record.title')}
      </h2>
      <p className="muted">{t('consultations.record.lead')}</p>
      <form className="form" onSubmit={submit}>
        <div className="field-row">
          <SelectField label={t('consultations.record.answer')} name="optionId" required>
            {consultation.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('consultations.record.channel')} name="channel" required>
            <option value="phone">{t('consultations.channel.phone')}</option>
            <option value="email">{t('consultations.channel.email')}</option>
            <option value="face_to_face">{t('consultations.channel.face_to_face')}</option>
          </SelectField>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={record.isPending}>
            {t('consultations.record.submit')}
          </button>
        </div>
        {record.isError ? <Alert tone="error">{errorMessage(record.error)}</Alert> : null}
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </form>
    </section>
  );
}
