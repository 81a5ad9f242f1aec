import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CreateConsultationBody, OptionKind } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { todayAsCalendarDate } from '../../../lib/format-date.ts';
import { useCardTemplates, useCreateConsultation } from '../api/consultations-api.ts';

type OptionDraft = { key: number; kind: OptionKind; label: string; templateId: string };

let nextKey = 0;
const blankOption = (): OptionDraft => ({ key: ++nextKey, kind: 'text', label: '', templateId: '' });

/** Ask young carers something: a question, options (words or a card design), who it is for and when it is open. */
export function NewConsultationForm() {
  const create = useCreateConsultation();
  const templates = useCardTemplates();
  const navigate = useNavigate();
  const [options, setOptions] = useState<OptionDraft[]>(() => [blankOption(), blankOption()]);
  const fieldError = (field: string) => (create.error instanceof ApiError && create.error.field === field ? errorMessage(create.error) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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
      options: options.map((option) => (option.kind === 'template' ? { kind: 'template', label: option.label, templateId: option.templateId } : { kind: 'text', label: option.label })),
    };
    create.mutate(body, { onSuccess: (consultation) => void navigate(paths.consultations.detail.getHref(consultation.id)) });
  };
  const change = (key: number, patch: Partial<OptionDraft>) => setOptions((list) => list.map((option) => (option.key === key ? { ...option, ...patch } : option)));

  return (
    <section aria-labelledby="new-consultation-title">
      <h2 id="new-consultation-title" className="section-title">
        Ask a question
      </h2>
      <form className="form" onSubmit={submit} noValidate>
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
