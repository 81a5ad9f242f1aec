import { useId, useState, type ChangeEvent } from 'react';
import type { Branding } from '../../../../../api/src/branding/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { BlobImage } from '../../../components/ui/blob-image.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { LOGO_MAX_BYTES, LOGO_TYPES, useBrandingLogo, useRemoveBrandingLogo, useUploadBrandingLogo } from '../api/branding-logo.ts';

/** The logo printed on cards: shown, chosen with a preview, uploaded, replaced or removed. */
export function BrandingLogo({ branding }: { branding: Branding }) {
  const logo = useBrandingLogo(branding);
  const upload = useUploadBrandingLogo();
  const remove = useRemoveBrandingLogo();
  const inputId = useId();
  const [chosen, setChosen] = useState<File | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const hasLogo = branding.logoType !== null;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0] ?? null;
    // Let the same file be chosen again after Cancel.
    event.currentTarget.value = '';
    setNotice(null);
    upload.reset();
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) {
      setChosen(null);
      setChoiceError('Choose a PNG or SVG image.');
    } else if (file.size > LOGO_MAX_BYTES) {
      setChosen(null);
      setChoiceError(`This file is ${Math.ceil(file.size / 1024)} KB. Choose one of 512 KB or less.`);
    } else {
      setChoiceError(null);
      setChosen(file);
    }
  }

  function send() {
    if (!chosen) return;
    upload.mutate(chosen, {
      onSuccess: () => {
        setChosen(null);
        setNotice(hasLogo ? 'Logo replaced.' : 'Logo added.');
      },
    });
  }

  function closeRemove() {
    setConfirmRemove(false);
    remove.reset();
  }

  return (
    <section className="panel logo-panel" aria-labelledby="logo-title">
      <h2 id="logo-title" className="section-title">
        Logo
      </h2>
      <div className="logo-frame">
        {chosen ? (
          <BlobImage blob={chosen} alt="New logo, not saved yet" className="logo-image" />
        ) : !hasLogo ? (
          <div className="logo-image logo-image--empty">No logo yet</div>
        ) : logo.data ? (
          <BlobImage blob={logo.data} alt="Your organisation’s logo, as cards print it" className="logo-image" />
        ) : logo.isError ? (
          <div className="logo-image logo-image--empty">Could not load the logo</div>
        ) : (
          <div className="logo-image logo-image--empty">
            <Loading label="Loading the logo…" />
          </div>
        )}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {choiceError ? <Alert tone="error">{choiceError}</Alert> : null}
      {upload.error ? (
        <Alert tone="error" title="Could not save the logo">
          {errorMessage(upload.error)}
        </Alert>
      ) : null}
      {chosen ? (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={send} disabled={upload.isPending}>
            {upload.isPending ? 'Saving…' : hasLogo ? 'Save new logo' : 'Save logo'}
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
      ) : (
        <div className="button-row">
          <input
            id={inputId}
            type="file"
            accept={LOGO_TYPES.join(',')}
            className="file-input visually-hidden"
            onChange={choose}
            aria-describedby={`${inputId}-hint`}
          />
          <label htmlFor={inputId} className="button button--secondary button--small">
            {hasLogo ? 'Replace logo' : 'Upload a logo'}
          </label>
          {hasLogo ? (
            <button
              type="button"
              className="button button--small button--danger-outline"
              onClick={() => {
                setNotice(null);
                setConfirmRemove(true);
              }}
            >
              Remove logo
            </button>
          ) : null}
        </div>
      )}
      <p id={`${inputId}-hint`} className="field__hint">
        PNG or SVG, up to 512 KB. A logo on a transparent or white background prints best.
      </p>
      <ConfirmDialog
        open={confirmRemove}
        title="Remove the logo?"
        confirmLabel="Confirm"
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onClose={closeRemove}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              closeRemove();
              setNotice('Logo removed.');
            },
          })
        }
      >
        <p>Cards printed from now on will have no logo. You can upload one again at any time.</p>
      </ConfirmDialog>
    </section>
  );
}
