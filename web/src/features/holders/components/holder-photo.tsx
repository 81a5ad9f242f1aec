import { useId, useState, type ChangeEvent } from 'react';
import type { HolderDetail } from '../../../../../api/src/holders/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { BlobImage } from '../../../components/ui/blob-image.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { fullName } from '../../../lib/format-name.ts';
import { useHolderPhoto } from '../api/get-holder-photo.ts';
import { useRemoveHolderPhoto } from '../api/remove-holder-photo.ts';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, useUploadHolderPhoto } from '../api/upload-holder-photo.ts';

/** The photo on the record: shown, chosen with a preview, uploaded, replaced or removed. */
export function HolderPhoto({ holder }: { holder: HolderDetail }) {
  const photo = useHolderPhoto(holder);
  const upload = useUploadHolderPhoto();
  const remove = useRemoveHolderPhoto();
  const inputId = useId();
  const [chosen, setChosen] = useState<File | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const name = fullName(holder);
  const hasPhoto = holder.photoUrl !== null;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0] ?? null;
    // Let the same file be chosen again after Cancel.
    event.currentTarget.value = '';
    setNotice(null);
    upload.reset();
    if (!file) return;
    if (!PHOTO_TYPES.includes(file.type)) {
      setChosen(null);
      setChoiceError('Choose a JPEG, PNG or WebP image.');
    } else if (file.size > PHOTO_MAX_BYTES) {
      setChosen(null);
      setChoiceError(`This photo is ${(file.size / 1024 / 1024).toFixed(1)} MB. Choose one of 8 MB or less.`);
    } else {
      setChoiceError(null);
      setChosen(file);
    }
  }

  function send() {
    if (!chosen) return;
    upload.mutate(
      { id: holder.id, photo: chosen },
      {
        onSuccess: () => {
          setChosen(null);
          setNotice(hasPhoto ? 'Photo replaced.' : 'Photo added.');
        },
      },
    );
  }

  function closeRemove() {
    setConfirmRemove(false);
    remove.reset();
  }

  return (
    <section className="panel photo-panel" aria-labelledby="photo-title">
      <h2 id="photo-title" className="section-title">
        Photo
      </h2>
      <div className="photo-frame">
        {chosen ? (
          <BlobImage blob={chosen} alt={`New photo for ${name}, not saved yet`} className="photo" />
        ) : !hasPhoto ? (
          <div className="photo photo--empty">No photo yet</div>
        ) : photo.data ? (
          <BlobImage blob={photo.data} alt={`Photo of ${name}`} className="photo" />
        ) : photo.isError ? (
          <div className="photo photo--empty">Could not load the photo</div>
        ) : (
          <div className="photo photo--empty">
            <Loading label="Loading photo…" />
          </div>
        )}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {choiceError ? <Alert tone="error">{choiceError}</Alert> : null}
      {upload.error ? (
        <Alert tone="error" title="Could not save the photo">
          {errorMessage(upload.error)}
        </Alert>
      ) : null}
      {chosen ? (
        <>
          <p className="small">Preview. Is it clear, recent and only of {holder.givenName}?</p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={send} disabled={upload.isPending}>
              {upload.isPending ? 'Saving…' : hasPhoto ? 'Save new photo' : 'Save photo'}
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
              Cancel
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <input
            id={inputId}
            type="file"
            accept={PHOTO_TYPES.join(',')}
            className="file-input visually-hidden"
            onChange={choose}
            aria-describedby={`${inputId}-hint`}
          />
          <label htmlFor={inputId} className="button button--secondary button--small">
            {hasPhoto ? 'Replace photo' : 'Add a photo'}
          </label>
          {hasPhoto ? (
            <button
              type="button"
              className="button button--small button--danger-outline"
              onClick={() => {
                setNotice(null);
                setConfirmRemove(true);
              }}
            >
              Remove photo
            </button>
          ) : null}
        </div>
      )}
      <p id={`${inputId}-hint`} className="field__hint">
        JPEG, PNG or WebP, up to 8 MB. A clear, recent photo of their face.
      </p>
      <ConfirmDialog
        open={confirmRemove}
        title="Remove the photo?"
        confirmLabel="Confirm"
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onClose={closeRemove}
        onConfirm={() =>
          remove.mutate(holder.id, {
            onSuccess: () => {
              closeRemove();
              setNotice('Photo removed.');
            },
          })
        }
      >
        <p>The photo of {name} will be deleted from their record. You can add a new one at any time.</p>
      </ConfirmDialog>
    </section>
  );
}
