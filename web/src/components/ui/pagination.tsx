import { Link } from 'react-router';

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
  headingId,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefForPage: (page: number) => string;
  /** What is being counted, singular and plural: ['young carer', 'young carers']. */
  noun: [string, string];
  /** The results' heading, which takes focus after moving page (the link pressed may be gone). */
  headingId: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const count = total.toLocaleString('en-GB');
  const focusHeading = () => requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  const summary =
    total <= pageSize && page === 1
      ? `${count} ${total === 1 ? noun[0] : noun[1]}`
      : `${first.toLocaleString('en-GB')}–${last.toLocaleString('en-GB')} of ${count} ${noun[1]}`;

  return (
    <div className="pagination">
      <p className="pagination__summary muted" role="status">
        {summary}
      </p>
      {pages > 1 ? (
        <nav aria-label="Pages" className="pagination__nav">
          {page > 1 ? (
            <Link className="button button--secondary button--small" to={hrefForPage(page - 1)} rel="prev" onClick={focusHeading}>
              Previous<span className="visually-hidden"> page</span>
            </Link>
          ) : null}
          <span className="pagination__where">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link className="button button--secondary button--small" to={hrefForPage(page + 1)} rel="next" onClick={focusHeading}>
              Next<span className="visually-hidden"> page</span>
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
