import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';

/**
 * A modal question built on <dialog>: the browser traps focus, closes it on
 * Escape and returns focus to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  tone = 'danger',
  isPending = false,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** `danger` (the default) for what loses or stops something; `primary` for what only adds. */
  tone?: 'danger' | 'primary';
  isPending?: boolean;
  error?: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      returnFocus();
    }
  }, [open]);

  // The browser gives focus back only if it was still inside the dialog; a button
  // disabled while pending loses it, and after Escape it can stay on the closed
  // dialog's button. Return it to the control that opened the dialog.
  function returnFocus() {
    const dialog = ref.current;
    const opener = openerRef.current;
    if (dialog && opener?.isConnected && (document.activeElement === document.body || dialog.contains(document.activeElement))) {
      opener.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={() => {
        // Escape closes the <dialog> itself, before `open` changes.
        returnFocus();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      {error ? (
        <p className="dialog__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className={tone === 'danger' ? 'button button--danger' : 'button'}
          onClick={onConfirm}
          disabled={isPending}
        >
          {isPending ? t('ui.pleaseWait') : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} disabled={isPending}>
          {t('ui.cancel')}
        </button>
      </div>
    </dialog>
  );
}
