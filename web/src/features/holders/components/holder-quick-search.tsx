import { useId } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';

/** One box that opens the young carers list already searched (on the home page). */
export function HolderQuickSearch() {
  const navigate = useNavigate();
  const inputId = useId();
  return (
    <form
      role="search"
      aria-label="Find a young carer"
      className="quick-search"
      onSubmit={(event) => {
        event.preventDefault();
        const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
        navigate(paths.holders.list.getHref(q ? { q } : {}));
      }}
    >
      <label className="field__label" htmlFor={inputId}>
        Find a young carer
      </label>
      <div className="field__hint" id={`${inputId}-hint`}>
        By name, reference or card number
      </div>
      <div className="quick-search__row">
        <input
          id={inputId}
          name="q"
          type="search"
          className="input"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          aria-describedby={`${inputId}-hint`}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
