import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';

/**
 * A read-only value with a Copy button, for links people pass on. Without
 * the clipboard API (an insecure context, or permission refused) the text is
 * selected instead, so Ctrl+C still works.
 */
export function CopyField({
  label,
  value,
  hint,
  copyLabel,
  copiedMessage,
  multiline = false,
}: {
  label: ReactNode;
  value: string;
  hint?: ReactNode;
  copyLabel?: string;
  copiedMessage?: string;
  /** A message's whole text: a read-only text area, as tall as the text, with the button under it. */
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  const copyText = copyLabel ?? t('ui.copy.link');
  const copiedText = copiedMessage ?? t('ui.copy.copied');
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Remembered with the value it was about, so a new value (another card's link) starts without one.
  const [copied, setCopied] = useState<{ value: string; status: string } | null>(null);
  const copyStatus = copied?.value === value ? copied.status : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied({ value, status: copiedText });
    } catch {
      inputRef.current?.select();
      const done = document.execCommand?.('copy') ?? false;
      setCopied({ value, status: done ? copiedText : t('ui.copy.selected') });
    }
  }

  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className={multiline ? 'copy-field__row copy-field__row--multiline' : 'copy-field__row'}>
        {multiline ? (
          <textarea
            ref={inputRef}
            id={inputId}
            className="input textarea copy-field__text"
            value={value}
            readOnly
            rows={Math.min(24, value.split('\n').length + 1)}
            aria-describedby={hint ? hintId : undefined}
          />
        ) : (
          <input
            ref={inputRef}
            id={inputId}
            className="input copy-field__input"
            value={value}
            readOnly
            spellCheck={false}
            aria-describedby={hint ? hintId : undefined}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
        <button type="button" className="button" onClick={() => void copy()}>
          {copyText}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {copyStatus}
      </p>
    </div>
  );
}
