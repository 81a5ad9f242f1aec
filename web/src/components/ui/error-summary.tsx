import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';

export type ErrorSummaryItem = {
  /** The message, the same words as beside the field. */
  message: string;
  /** The field's input id; the link puts the cursor there. */
  fieldId: string;
  /** The field's name, to find it when its input has another id (a radio group's first option, say). */
  fieldName?: string;
};

/**
 * The GOV.UK error summary: "There is a problem" at the top of a form, one
 * link per wrong field, in the order of the form. It takes the cursor when a
 * submit fails (`focusKey` changes) or the server refuses (a new `refusal`), so a screen reader reads it first; each
 * link moves the cursor into its field.
 */
export function ErrorSummary({ items, focusKey, refusal = null }: { items: readonly ErrorSummaryItem[]; focusKey: number; refusal?: unknown }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const shown = items.length > 0;

  useEffect(() => {
    if (shown && (focusKey > 0 || refusal)) ref.current?.focus();
    // Only a new failed attempt or refusal moves the cursor, not a field corrected afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, refusal]);

  if (!shown) return null;

  function select(event: MouseEvent<HTMLAnchorElement>, item: ErrorSummaryItem) {
    const form = ref.current?.closest('form');
    const target =
      document.getElementById(item.fieldId) ??
      (item.fieldName ? form?.querySelector<HTMLElement>(`[name="${CSS.escape(item.fieldName)}"]`) : null);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }

  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 className="error-summary__title" id={titleId}>
        {t('ui.errorSummary.title')}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a href={`#${item.fieldId}`} onClick={(event) => select(event, item)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
