import type { ReactNode } from 'react';

export const PRODUCT_NAME = 'Young Carer Cards';

/**
 * The top of every page: the document title and the one <h1>. The heading
 * takes focus after client-side navigation (see the app shell), so screen
 * reader users hear where they have arrived.
 */
export function Page({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <>
      <title>{title === PRODUCT_NAME ? PRODUCT_NAME : `${title} · ${PRODUCT_NAME}`}</title>
      <div className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        {lead ? <div className="page-lead">{lead}</div> : null}
      </div>
      {children}
    </>
  );
}
