import { DateField } from '../../../components/ui/date-field.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';

export type HolderSearchValues = { q: string; dateOfBirth: string };

/** Search by name, reference or card number, and narrow by date of birth. */
export function HolderSearchForm({
  values,
  onSearch,
}: {
  values: HolderSearchValues;
  onSearch: (values: HolderSearchValues) => void;
}) {
  const { t } = useTranslation();
  const searching = Boolean(values.q || values.dateOfBirth);
  return (
    // Keyed on the values, so the form shows what the URL says after back/forward.
    <form
      key={JSON.stringify(values)}
      role="search"
      aria-label={t('holders.search.label')}
      className="filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onSearch({ q: String(data.get('q') ?? '').trim(), dateOfBirth: String(data.get('dateOfBirth') ?? '') });
      }}
    >
      <div className="filters__grid filters__grid--search">
        <TextField
          label={t('holders.search.query')}
          name="q"
          type="search"
          defaultValue={values.q}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        <DateField legend={t('holders.form.dateOfBirth')} name="dateOfBirth" defaultValue={values.dateOfBirth} hint={t('holders.search.dateOfBirthHint')} />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('holders.search.submit')}
        </button>
        {searching ? (
          <button type="button" className="button button--secondary" onClick={() => onSearch({ q: '', dateOfBirth: '' })}>
            {t('holders.search.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
