import { Link } from 'react-router';
import { useTranslation } from '../../i18n/use-translation.ts';

/**
 * Previous / next links for a paged list, with where the reader is. Links,
 * not buttons: every page has its own address and works with Back.
 */
export function Pagination({
  page,
  pageSize,
  total,
  hrefForPage,
  noun,
  countLabel,
  headingId,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefForPage: (page: number) => string;
  /** What is being counted, singular and plural: ['young carer', 'young carers'] (English only: prefer countLabel). */
  noun?: [string, string];
  /** The count in words, in the page's language: a plural message from the caller's catalogue, given the count. */
  countLabel?: (count: number) => string;
  /** The results' heading, which takes focus after moving page (the link pressed may be gone). */
  headingId: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const { t, locale } = useTranslation();
  const number = (value: number) => value.toLocaleString(locale);
  const counted = (value: number) => countLabel?.(value) ?? `${number(value)} ${value === 1 ? (noun?.[0] ?? '') : (noun?.[1] ?? '')}`.trim();
  const focusHeading = () => requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  const summary =
    total <= pageSize && page === 1 ? counted(total) : t('ui.pagination.range', { first: number(first), last: number(last), total: counted(total) });

  return (
    <div className="pagination">
      <p className="pagination__summary muted" role="status">
        {summary}
      </p>
      {pages > 1 ? (
        <nav aria-label={t('ui.pagination.pages')} className="pagination__nav">
          {page > 1 ? (
            <Link className="button button--secondary button--small" to={hrefForPage(page - 1)} rel="prev" onClick={focusHeading}>
              {t('ui.pagination.previous')}
              <span className="visually-hidden">{t('ui.pagination.pageHidden')}</span>
            </Link>
          ) : null}
          <span className="pagination__where">
            {t('ui.pagination.where', { page: number(page), pages: number(pages) })}
          </span>
          {page < pages ? (
            <Link className="button button--secondary button--small" to={hrefForPage(page + 1)} rel="next" onClick={focusHeading}>
              {t('ui.pagination.next')}
              <span className="visually-hidden">{t('ui.pagination.pageHidden')}</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

/** A page number from the URL: a whole number from 1, or 1. */
export function pageFromParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
