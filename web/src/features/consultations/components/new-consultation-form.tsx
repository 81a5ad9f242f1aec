import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CreateConsultationBody, OptionKind } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { todayAsCalendarDate } from '../../../lib/format-date.ts';
import { useCardTemplates, useCreateConsultation } from '../api/consultations-api.ts';

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
  const [altMissing, setAltMissing] = useState<Set<number>>(() => new Set());
  const fieldError = (field: string) => (create.error instanceof ApiError && create.error.field === field ? errorMessage(create.error) : undefined);
  const chooseImage = (key: number, file: File | null) => {
    const problem = !file ? undefined : !IMAGE_TYPES.includes(file.type) ? 'Use a PNG or JPEG picture.' : file.size > IMAGE_MAX_BYTES ? 'The picture is larger than 2 MB.' : undefined;
    setImageProblems((all) => {
      const { [key]: _dropped, ...rest } = all;
      return problem ? { ...rest, [key]: problem } : rest;
    });
    change(key, { image: problem ? null : file });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A picture needs words for screen readers; said here, before anything is sent (the API refuses it too).
    const noAlt = new Set(options.filter((option) => option.kind === 'image' && option.imageAlt.trim() === '').map((option) => option.key));
    setAltMissing(noAlt);
    if (noAlt.size > 0) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const age = (name: string) => (text(name).trim() === '' ? null : Number(text(name)));
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
        Ask a question
      </h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {create.isError && !(create.error instanceof ApiError && create.error.field) ? (
          <Alert tone="error" title="The question was not saved">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <TextField label="Question" name="question" required maxLength={200} error={fieldError('question')} hint="For example: Which card design do you like best?" />
        <TextAreaField label="More about it (optional)" name="description" rows={2} maxLength={500} error={fieldError('description')} />
        <div className="field-row">
          <TextField label="Youngest age (optional)" name="minAge" type="number" min={0} max={30} inputMode="numeric" className="input--short" error={fieldError('minAge')} />
          <TextField label="Oldest age (optional)" name="maxAge" type="number" min={0} max={30} inputMode="numeric" className="input--short" error={fieldError('maxAge')} />
        </div>
        <div className="field-row">
          <TextField label="Opens on" name="opensOn" type="date" required defaultValue={todayAsCalendarDate()} error={fieldError('opensOn')} />
          <TextField label="Closes on" name="closesOn" type="date" required error={fieldError('closesOn')} />
        </div>
        <fieldset className="fieldset">
          <legend>Answers to choose from</legend>
          {options.map((option, index) => (
            <div className="field-row" key={option.key}>
              <SelectField label={`Answer ${index + 1}: kind`} value={option.kind} onChange={(event) => change(option.key, { kind: event.target.value as OptionKind })}>
                <option value="text">Words</option>
                <option value="image">A picture</option>
                <option value="template">A card design</option>
              </SelectField>
              <TextField
                label={`Answer ${index + 1}: words`}
                value={option.label}
                maxLength={120}
                required
                onChange={(event) => change(option.key, { label: event.target.value })}
                error={fieldError(`options/${index}/label`)}
              />
              {option.kind === 'template' ? (
                <SelectField label={`Answer ${index + 1}: card design`} value={option.templateId} onChange={(event) => change(option.key, { templateId: event.target.value })} error={fieldError(`options/${index}/templateId`)}>
                  <option value="">Choose a card template</option>
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
                    label={`Answer ${index + 1}: picture`}
                    hint="A PNG or JPEG up to 2 MB. It is resized and its hidden details (such as where it was taken) are removed."
                    type="file"
                    accept={IMAGE_TYPES.join(',')}
                    required
                    onChange={(event) => chooseImage(option.key, event.target.files?.[0] ?? null)}
                    error={imageProblems[option.key] ?? fieldError(`options/${index}/image`)}
                  />
                  <TextField
                    label={`Answer ${index + 1}: what the picture shows`}
                    hint="Read out by screen readers, for young carers who cannot see the picture."
                    value={option.imageAlt}
                    maxLength={250}
                    required
                    onChange={(event) => change(option.key, { imageAlt: event.target.value })}
                    error={altMissing.has(option.key) ? 'Write what the picture shows, for young carers who use a screen reader.' : fieldError(`options/${index}/imageAlt`)}
                  />
                </>
              ) : null}
              {options.length > 2 ? (
                <button type="button" className="button button--secondary" onClick={() => setOptions((list) => list.filter((item) => item.key !== option.key))}>
                  Remove answer {index + 1}
                </button>
              ) : null}
            </div>
          ))}
          {options.length < 8 ? (
            <button type="button" className="button button--secondary" onClick={() => setOptions((list) => [...list, blankOption()])}>
              Add another answer
            </button>
          ) : null}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            Ask young carers
          </button>
        </div>
      </form>
    </section>
  );
}
