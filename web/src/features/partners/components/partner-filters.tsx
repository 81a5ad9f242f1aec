import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { categoryLabel } from './partner-labels.ts';

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
  const filtered = Boolean(values.q || values.category);
  return (
    // Keyed on the values, so the form shows what the URL says after back/forward.
    <form
      key={JSON.stringify(values)}
      role="search"
      aria-label="Find a partner"
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
          label="Name, area or address"
          name="q"
          type="search"
          defaultValue={values.q}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        <SelectField label="Category" name="category" defaultValue={values.category}>
          <option value="">Any category</option>
          {Object.entries(categoryLabel).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Search
        </button>
        {filtered ? (
          <button type="button" className="button button--secondary" onClick={() => onApply({ q: '', category: '' })}>
            Clear search
          </button>
        ) : null}
      </div>
    </form>
  );
}
