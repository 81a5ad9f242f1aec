import { useId } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** One box that opens the young carers list already searched (on the home page). */
export function HolderQuickSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();
  return (
    <form
      role="search"
      aria-label={t('holders.search.label')}
      className="quick-search"
      onSubmit={(event) => {
        event.preventDefault();
        const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
        navigate(paths.holders.list.getHref(q ? { q } : {}));
      }}
    >
      <label className="field__label" htmlFor={inputId}>
        {t('holders.search.label')}
      </label>
      <div className="field__hint" id={`${inputId}-hint`}>
        {t('holders.search.quickHint')}
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
          {t('holders.search.submit')}
        </button>
      </div>
    </form>
  );
}
