import { TextField } from '../../../components/ui/field.tsx';
import { todayAsCalendarDate } from '../../../lib/format-date.ts';

export type HolderSearchValues = { q: string; dateOfBirth: string };

/** Search by name, reference or card number, and narrow by date of birth. */
export function HolderSearchForm({
  values,
  onSearch,
}: {
  values: HolderSearchValues;
  onSearch: (values: HolderSearchValues) => void;
}) {
  const searching = Boolean(values.q || values.dateOfBirth);
  return (
    // Keyed on the values, so the form shows what the URL says after back/forward.
    <form
      key={JSON.stringify(values)}
      role="search"
      aria-label="Find a young carer"
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
          label="Name, reference or card number"
          name="q"
          type="search"
          defaultValue={values.q}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        <TextField
          label="Date of birth"
          name="dateOfBirth"
          type="date"
          defaultValue={values.dateOfBirth}
          max={todayAsCalendarDate()}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Search
        </button>
        {searching ? (
          <button type="button" className="button button--secondary" onClick={() => onSearch({ q: '', dateOfBirth: '' })}>
            Clear search
          </button>
        ) : null}
      </div>
    </form>
  );
}
