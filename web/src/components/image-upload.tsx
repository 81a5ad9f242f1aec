import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { errorMessage } from '../lib/api-client.ts';
import { Alert } from './ui/alert.tsx';
import { BlobImage } from './ui/blob-image.tsx';
import { ConfirmDialog } from './ui/confirm-dialog.tsx';
import { Loading } from './ui/loading.tsx';
import { useTranslation } from '../i18n/use-translation.ts';

/** A request the widget starts: sending the chosen file, or removing the saved one. */
type Action<Args extends unknown[]> = {
  run: (...args: [...Args, onSuccess: () => void]) => void;
  isPending: boolean;
  error: Error | null;
  reset: () => void;
};

/** Everything the widget says, so each use reads in its own words (a photo of a young carer, a logo). */
export type ImageUploadText = {
  title: string;
  empty: string;
  loading: string;
  loadFailed: string;
  /** The saved image's alt text. */
  savedAlt: string;
  /** The chosen, unsaved image's alt text. */
  chosenAlt: string;
  choose: string;
  replace: string;
  save: string;
  saveNew: string;
  remove: string;
  saveFailed: string;
  added: string;
  replaced: string;
  removed: string;
  removeTitle: string;
  removeBody: ReactNode;
  hint: string;
  wrongType: string;
  tooLarge: (file: File) => string;
};

/**
 * An image kept on the server (a young carer's photo, the card logo): shown,
 * chosen with a preview, checked for type and size before it is sent, then
 * uploaded, replaced or removed (after a confirmation).
 */
export function ImageUpload({
  text,
  accept,
  maxBytes,
  hasImage,
  saved,
  upload,
  remove,
  previewNote,
  classNames,
}: {
  text: ImageUploadText;
  /** MIME types the API takes. */
  accept: readonly string[];
  maxBytes: number;
  hasImage: boolean;
  /** The saved image as it loads (a query's data and error state). */
  saved: { data: Blob | undefined; isError: boolean };
  upload: Action<[file: File]>;
  remove: Action<[]>;
  /** Shown with the preview of a chosen image, before it is saved. */
  previewNote?: ReactNode;
  /** The panel, the frame around the image, and the image ("…--empty" when there is none). */
  classNames: { panel: string; frame: string; image: string };
}) {
  const { t } = useTranslation();
  const id = useId();
  const inputId = `${id}-file`;
  const titleId = `${id}-title`;
  const [chosen, setChosen] = useState<File | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const empty = `${classNames.image} ${classNames.image}--empty`;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0] ?? null;
    // Let the same file be chosen again after Cancel.
    event.currentTarget.value = '';
    setNotice(null);
    upload.reset();
    if (!file) return;
    if (!accept.includes(file.type)) {
      setChosen(null);
      setChoiceError(text.wrongType);
    } else if (file.size > maxBytes) {
      setChosen(null);
      setChoiceError(text.tooLarge(file));
    } else {
      setChoiceError(null);
      setChosen(file);
    }
  }

  function send() {
    if (!chosen) return;
    upload.run(chosen, () => {
      setChosen(null);
      setNotice(hasImage ? text.replaced : text.added);
    });
  }

  function closeRemove() {
    setConfirmRemove(false);
    remove.reset();
  }

  const buttons = (
    <div className="button-row">
      <button type="button" className="button button--small" onClick={send} disabled={upload.isPending}>
        {upload.isPending ? t('app.imageUpload.saving') : hasImage ? text.saveNew : text.save}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          setChosen(null);
          upload.reset();
        }}
        disabled={upload.isPending}
      >
        {t('app.imageUpload.cancel')}
      </button>
    </div>
  );

  return (
    <section className={`panel ${classNames.panel}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {text.title}
      </h2>
      <div className={classNames.frame}>
        {chosen ? (
          <BlobImage blob={chosen} alt={text.chosenAlt} className={classNames.image} />
        ) : !hasImage ? (
          <div className={empty}>{text.empty}</div>
        ) : saved.data ? (
          <BlobImage blob={saved.data} alt={text.savedAlt} className={classNames.image} />
        ) : saved.isError ? (
          <div className={empty}>{text.loadFailed}</div>
        ) : (
          <div className={empty}>
            <Loading label={text.loading} />
          </div>
        )}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {choiceError ? <Alert tone="error">{choiceError}</Alert> : null}
      {upload.error ? (
        <Alert tone="error" title={text.saveFailed}>
          {errorMessage(upload.error)}
        </Alert>
      ) : null}
      {chosen ? (
        previewNote ? (
          <>
            {previewNote}
            {buttons}
          </>
        ) : (
          buttons
        )
      ) : (
        <div className="button-row">
          <input
            id={inputId}
            type="file"
            accept={accept.join(',')}
            className="file-input visually-hidden"
            onChange={choose}
            aria-describedby={`${inputId}-hint`}
          />
          <label htmlFor={inputId} className="button button--secondary button--small">
            {hasImage ? text.replace : text.choose}
          </label>
          {hasImage ? (
            <button
              type="button"
              className="button button--small button--danger-outline"
              onClick={() => {
                setNotice(null);
                setConfirmRemove(true);
              }}
            >
              {text.remove}
            </button>
          ) : null}
        </div>
      )}
      <p id={`${inputId}-hint`} className="field__hint">
        {text.hint}
      </p>
      <ConfirmDialog
        open={confirmRemove}
        title={text.removeTitle}
        confirmLabel={t('app.imageUpload.confirm')}
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onClose={closeRemove}
        onConfirm={() =>
          remove.run(() => {
            closeRemove();
            setNotice(text.removed);
          })
        }
      >
        <p>{text.removeBody}</p>
      </ConfirmDialog>
    </section>
  );
}
