import type { ReactNode } from 'react';

export const PRODUCT_NAME = 'Young Carer Cards';

/**
 * The top of every page: the document title and the one <h1>. The heading
 * takes focus after client-side navigation (see the app shell), so screen
 * reader users hear where they have arrived.
 */
export function Page({
  title,
  lead,
  actions,
  titleClassName,
  children,
}: {
  title: string;
  lead?: ReactNode;
  /** The page's main buttons or links, beside the heading on wide screens. */
  actions?: ReactNode;
  titleClassName?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <title>{title === PRODUCT_NAME ? PRODUCT_NAME : `${title} · ${PRODUCT_NAME}`}</title>
      <div className={actions ? 'page-header page-header--with-actions' : 'page-header'}>
        <div className="page-header__text">
          <h1 className={titleClassName ? `page-title ${titleClassName}` : 'page-title'} tabIndex={-1}>
            {title}
          </h1>
          {lead ? <div className="page-lead">{lead}</div> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
