import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CreateConsultationBody, OptionKind } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { todayAsCalendarDate } from '../../../lib/format-date.ts';
import { useCardTemplates, useCreateConsultation } from '../api/consultations-api.ts';
import { formErrors } from './form-errors.ts';

type OptionDraft = { key: number; kind: OptionKind; label: string; templateId: string; image: File | null; imageAlt: string };
type OptionInput = CreateConsultationBody['options'][number];

/** What the API takes for a picture (it re-encodes it); checked here first so a wrong file is named before anything is sent. */
const IMAGE_TYPES = ['image/png', 'image/jpeg'];
const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** A file as base64, without the data: URL prefix. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The picture could not be read.'));
    reader.readAsDataURL(file);
  });
}

async function optionInput(option: OptionDraft): Promise<OptionInput> {
  if (option.kind === 'template') return { kind: 'template', label: option.label, templateId: option.templateId };
  if (option.kind === 'image') return { kind: 'image', label: option.label, imageAlt: option.imageAlt, ...(option.image ? { image: await base64Of(option.image) } : {}) };
  return { kind: 'text', label: option.label };
}

let nextKey = 0;
const blankOption = (): OptionDraft => ({ key: ++nextKey, kind: 'text', label: '', templateId: '', image: null, imageAlt: '' });

/** Ask young carers something: a question, options (words, a picture or a card design), who it is for and when it is open. */
export function NewConsultationForm() {
  const create = useCreateConsultation();
  const templates = useCardTemplates();
  const navigate = useNavigate();
  const [options, setOptions] = useState<OptionDraft[]>(() => [blankOption(), blankOption()]);
  const [imageProblems, setImageProblems] = useState<Record<number, string>>({});
  const [found, setFound] = useState<Partial<Record<string, string>>>({});
  const [failedAttempts, setFailedAttempts] = useState(0);
  const { t } = useTranslation();
  const formId = useId();
  // Field names as the API names them (`options/0/label`), so its refusals land on the same inputs.
  const ids: Record<string, string> = Object.fromEntries(
    [
      'question',
      'description',
      'minAge',
      'maxAge',
      'opensOn',
      'closesOn',
      ...options.flatMap((option, index) => [
        `options/${index}/label`,
        ...(option.kind === 'template' ? [`options/${index}/templateId`] : []),
        ...(option.kind === 'image' ? [`options/${index}/image`, `options/${index}/imageAlt`] : []),
      ]),
    ].map((field) => [field, `${formId}-${field.replaceAll('/', '-')}`]),
  );
  const imageFound = Object.fromEntries(options.flatMap((option, index) => (imageProblems[option.key] ? [[`options/${index}/image`, imageProblems[option.key]]] : [])));
  const errors = formErrors(ids, { ...imageFound, ...found }, create.error);
  const chooseImage = (key: number, file: File | null) => {
    const problem = !file
      ? undefined
      : !IMAGE_TYPES.includes(file.type)
        ? t('consultations.form.imageType')
        : file.size > IMAGE_MAX_BYTES
          ? t('consultations.form.imageSize', { megabytes: IMAGE_MAX_BYTES / 1024 / 1024 })
          : undefined;
    setImageProblems((all) => {
      const { [key]: _dropped, ...rest } = all;
      return problem ? { ...rest, [key]: problem } : rest;
    });
    change(key, { image: problem ? null : file });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const age = (name: string) => (text(name).trim() === '' ? null : Number(text(name)));
    // What the API would refuse anyway, said before anything is sent: a picture needs words for screen readers, too.
    const missing: Record<string, string> = {};
    if (text('question').trim() === '') missing.question = t('consultations.form.questionMissing');
    if (text('opensOn') === '') missing.opensOn = t('consultations.form.opensOnMissing');
    if (text('closesOn') === '') missing.closesOn = t('consultations.form.closesOnMissing');
    else if (text('opensOn') !== '' && text('closesOn') < text('opensOn')) missing.closesOn = t('consultations.form.closesBeforeOpens');
    const [minAge, maxAge] = [age('minAge'), age('maxAge')];
    if (minAge !== null && maxAge !== null && maxAge < minAge) missing.maxAge = t('consultations.form.maxBelowMin');
    options.forEach((option, index) => {
      if (option.label.trim() === '') missing[`options/${index}/label`] = t('consultations.form.labelMissing', { number: index + 1 });
      if (option.kind === 'template' && option.templateId === '') missing[`options/${index}/templateId`] = t('consultations.form.templateMissing', { number: index + 1 });
      if (option.kind === 'image' && option.imageAlt.trim() === '') missing[`options/${index}/imageAlt`] = t('consultations.form.altMissing');
    });
    setFound(missing);
    if (Object.keys(missing).length > 0 || Object.keys(imageFound).length > 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    const body: CreateConsultationBody = {
      question: text('question'),
      description: text('description'),
      minAge: age('minAge'),
      maxAge: age('maxAge'),
      opensOn: text('opensOn'),
      closesOn: text('closesOn'),
      options: await Promise.all(options.map(optionInput)),
    };
    create.mutate(body, { onSuccess: (consultation) => void navigate(paths.consultations.detail.getHref(consultation.id)) });
  };
  const change = (key: number, patch: Partial<OptionDraft>) => setOptions((list) => list.map((option) => (option.key === key ? { ...option, ...patch } : option)));

  return (
    <section aria-labelledby="new-consultation-title">
      <h2 id="new-consultation-title" className="section-title">
        {t('consultations.form.title')}
      </h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary items={errors.items} focusKey={failedAttempts} refusal={create.error} />
        {errors.unplaced ? (
          <Alert tone="error" title={t('consultations.form.failed')}>
            {errorMessage(errors.unplaced)}
          </Alert>
        ) : null}
        <TextField
          id={ids.question}
          label={t('consultations.form.question')}
          name="question"
          required
          maxLength={200}
          error={errors.errorFor('question')}
          hint={t('consultations.form.questionHint')}
        />
        <TextAreaField id={ids.description} label={t('consultations.form.description')} name="description" rows={2} maxLength={500} error={errors.errorFor('description')} />
        <div className="field-row">
          <TextField
            id={ids.minAge}
            label={t('consultations.form.minAge')}
            name="minAge"
            type="number"
            min={0}
            max={30}
            inputMode="numeric"
            className="input--short"
            error={errors.errorFor('minAge')}
          />
          <TextField
            id={ids.maxAge}
            label={t('consultations.form.maxAge')}
            name="maxAge"
            type="number"
            min={0}
            max={30}
            inputMode="numeric"
            className="input--short"
            error={errors.errorFor('maxAge')}
          />
        </div>
        <div className="field-row">
          <TextField id={ids.opensOn} label={t('consultations.form.opensOn')} name="opensOn" type="date" required defaultValue={todayAsCalendarDate()} error={errors.errorFor('opensOn')} />
          <TextField id={ids.closesOn} label={t('consultations.form.closesOn')} name="closesOn" type="date" required error={errors.errorFor('closesOn')} />
        </div>
        <fieldset className="fieldset">
          <legend>{t('consultations.form.options')}</legend>
          {options.map((option, index) => (
            <div className="field-row" key={option.key}>
              <SelectField
                label={t('consultations.form.kind', { number: index + 1 })}
                value={option.kind}
                onChange={(event) => change(option.key, { kind: event.target.value as OptionKind })}
              >
                <option value="text">{t('consultations.form.kindText')}</option>
                <option value="image">{t('consultations.form.kindImage')}</option>
                <option value="template">{t('consultations.form.kindTemplate')}</option>
              </SelectField>
              <TextField
                id={ids[`options/${index}/label`]}
                label={t('consultations.form.label', { number: index + 1 })}
                value={option.label}
                maxLength={120}
                required
                onChange={(event) => change(option.key, { label: event.target.value })}
                error={errors.errorFor(`options/${index}/label`)}
              />
              {option.kind === 'template' ? (
                <SelectField
                  id={ids[`options/${index}/templateId`]}
                  label={t('consultations.form.template', { number: index + 1 })}
                  value={option.templateId}
                  onChange={(event) => change(option.key, { templateId: event.target.value })}
                  error={errors.errorFor(`options/${index}/templateId`)}
                >
                  <option value="">{t('consultations.form.chooseTemplate')}</option>
                  {(templates.data ?? []).map((template) => (
                    <option key={template.id} value={template.id}>
                      {template.name}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {option.kind === 'image' ? (
                <>
                  <TextField
                    id={ids[`options/${index}/image`]}
                    label={t('consultations.form.image', { number: index + 1 })}
                    hint={t('consultations.form.imageHint', { megabytes: IMAGE_MAX_BYTES / 1024 / 1024 })}
                    type="file"
                    accept={IMAGE_TYPES.join(',')}
                    required
                    onChange={(event) => chooseImage(option.key, event.target.files?.[0] ?? null)}
                    error={errors.errorFor(`options/${index}/image`)}
                  />
                  <TextField
                    id={ids[`options/${index}/imageAlt`]}
                    label={t('consultations.form.alt', { number: index + 1 })}
                    hint={t('consultations.form.altHint')}
                    value={option.imageAlt}
                    maxLength={250}
                    required
                    onChange={(event) => change(option.key, { imageAlt: event.target.value })}
                    error={errors.errorFor(`options/${index}/imageAlt`)}
                  />
                </>
              ) : null}
              {options.length > 2 ? (
                <button type="button" className="button button--secondary" onClick={() => setOptions((list) => list.filter((item) => item.key !== option.key))}>
                  {t('consultations.form.remove', { number: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {options.length < 8 ? (
            <button type="button" className="button button--secondary" onClick={() => setOptions((list) => [...list, blankOption()])}>
              {t('consultations.form.add')}
            </button>
          ) : null}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('consultations.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
