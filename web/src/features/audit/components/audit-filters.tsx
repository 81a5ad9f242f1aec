import { useId, useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, AUDIT_GROUPS, type AuditGroup } from '../../../../../api/src/shared/audit-actions.ts';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import type { AuditFilters } from '../api/get-audit-events.ts';
import { actionLabel, groupName } from './audit-words.ts';

/** The filter form's values, as kept in the page's URL (dates as yyyy-mm-dd, local time). */
export type AuditFilterValues = {
  group: string;
  action: string;
  actorId: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
};

export const FILTER_KEYS = ['group', 'action', 'actorId', 'entityType', 'entityId', 'from', 'to'] as const;

export const NO_FILTERS: AuditFilterValues = { group: '', action: '', actorId: '', entityType: '', entityId: '', from: '', to: '' };

export type ActorOption = { id: string; label: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** From the first moment of `from` to the last of `to`, in the browser's time zone. */
export function toAuditFilters(values: AuditFilterValues): AuditFilters {
  const filters: AuditFilters = {};
  if (values.group && values.group in AUDIT_GROUPS) filters.group = values.group as AuditGroup;
  if (values.action) filters.action = values.action;
  if (values.actorId) filters.actorId = values.actorId;
  if (values.entityType) filters.entityType = values.entityType;
  if (values.entityId) filters.entityId = values.entityId;
  if (DATE.test(values.from)) filters.from = new Date(`${values.from}T00:00:00`).toISOString();
  if (DATE.test(values.to)) filters.to = new Date(`${values.to}T23:59:59.999`).toISOString();
  return filters;
}

/** Each group, then its actions: one list, so "Record viewed" and "every card action" are chosen the same way. */
const actionsByGroup = (Object.keys(AUDIT_GROUPS) as AuditGroup[]).map((group) => ({
  group,
  actions: Object.entries(AUDIT_ACTIONS)
    .filter(([, description]) => description.group === group)
    .map(([code]) => code),
}));

export function AuditFiltersForm({
  values,
  actors,
  recordName,
  onApply,
}: {
  values: AuditFilterValues;
  /** People to filter by; undefined while they load. */
  actors: ActorOption[] | undefined;
  /** What the record filtered by is called, when the events shown name it. */
  recordName: string | undefined;
  onApply: (values: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const toId = `${formId}-to`;
  const [toError, setToError] = useState<string | undefined>();
  /** Each failed attempt moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const hasFilters = Object.values(values).some(Boolean);
  const what = values.action ? `action:${values.action}` : values.group ? `group:${values.group}` : '';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const chosen = String(data.get('what') ?? '');
    const next: AuditFilterValues = {
      ...values,
      group: chosen.startsWith('group:') ? chosen.slice('group:'.length) : '',
      action: chosen.startsWith('action:') ? chosen.slice('action:'.length) : '',
      actorId: String(data.get('actorId') ?? ''),
      from: String(data.get('from') ?? ''),
      to: String(data.get('to') ?? ''),
    };
    if (next.from && next.to && next.to < next.from) {
      setToError(t('audit.filters.toBeforeFrom'));
      setFailedAttempts((n) => n + 1);
      return;
    }
    setToError(undefined);
    onApply(next);
  }

  // An actor id from the URL that is not (yet) in the list still gets an option, so it stays selected.
  const known = actors ?? [];
  const actorOptions =
    values.actorId && !known.some((actor) => actor.id === values.actorId)
      ? [...known, { id: values.actorId, label: actors ? t('audit.filters.formerStaff') : t('audit.loading') }]
      : known;
  // A code from an old link that the list does not have still shows as chosen.
  const unknownAction = values.action && !(values.action in AUDIT_ACTIONS) ? values.action : undefined;

  return (
    // Keyed on the values, so the form shows what the URL says after back/forward.
    <form key={JSON.stringify(values)} className="filters" onSubmit={handleSubmit} noValidate aria-label={t('audit.filters.label')}>
      <ErrorSummary items={toError ? [{ message: toError, fieldId: toId, fieldName: 'to' }] : []} focusKey={failedAttempts} />
      {values.entityId ? (
        <p className="filters__record">
          {t('audit.filters.onlyAbout')} <strong>{recordName ?? t('audit.filters.oneRecord')}</strong>{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => onApply({ ...values, entityType: '', entityId: '' })}>
            {t('audit.filters.everyRecord')}
          </button>
        </p>
      ) : null}
      <div className="filters__grid">
        <SelectField label={t('audit.filters.what')} name="what" defaultValue={what}>
          <option value="">{t('audit.filters.anything')}</option>
          {unknownAction ? <option value={`action:${unknownAction}`}>{unknownAction}</option> : null}
          {actionsByGroup.map(({ group, actions }) => (
            <optgroup key={group} label={groupName(group)}>
              <option value={`group:${group}`}>{t('audit.filters.anyOf', { group: groupName(group).toLocaleLowerCase() })}</option>
              {actions.map((code) => (
                <option key={code} value={`action:${code}`}>
                  {actionLabel(code)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField label={t('audit.filters.doneBy')} name="actorId" defaultValue={values.actorId}>
          <option value="">{t('audit.filters.anyone')}</option>
          {actorOptions.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.label}
            </option>
          ))}
        </SelectField>
        <TextField label={t('audit.filters.from')} name="from" type="date" defaultValue={values.from} />
        <TextField label={t('audit.filters.to')} id={toId} name="to" type="date" defaultValue={values.to} error={toError} />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('audit.filters.apply')}
        </button>
        {hasFilters ? (
          <button type="button" className="button button--secondary" onClick={() => onApply(NO_FILTERS)}>
            {t('audit.filters.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
