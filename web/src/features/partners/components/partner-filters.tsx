import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { categoryName, PARTNER_CATEGORIES } from './partner-labels.ts';

/** The filters as kept in the URL. */
export type PartnerFilterValues = { q: string; category: string };

/** Find a partner by name, area or address, and narrow by category. */
export function PartnerFiltersForm({
  values,
  onApply,
}: {
  values: PartnerFilterValues;
  onApply: (values: PartnerFilterValues) => void;
}) {
  const { t } = useTranslation();
  const filtered = Boolean(values.q || values.category);
  return (
    // Keyed on the values, so the form shows what the URL says after back/forward.
    <form
      key={JSON.stringify(values)}
      role="search"
      aria-label={t('partners.filters.label')}
      className="filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onApply({ q: String(data.get('q') ?? '').trim(), category: String(data.get('category') ?? '') });
      }}
    >
      <div className="filters__grid filters__grid--search">
        <TextField
          label={t('partners.filters.q')}
          name="q"
          type="search"
          defaultValue={values.q}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        <SelectField label={t('partners.fields.category')} name="category" defaultValue={values.category}>
          <option value="">{t('partners.filters.anyCategory')}</option>
          {PARTNER_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {categoryName(category)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('partners.filters.search')}
        </button>
        {filtered ? (
          <button type="button" className="button button--secondary" onClick={() => onApply({ q: '', category: '' })}>
            {t('partners.filters.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
