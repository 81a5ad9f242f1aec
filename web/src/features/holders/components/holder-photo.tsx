import type { HolderDetail } from '../../../../../api/src/holders/schemas.ts';
import { ImageUpload } from '../../../components/image-upload.tsx';
import { fullName } from '../../../lib/format-name.ts';
import { useHolderPhoto } from '../api/get-holder-photo.ts';
import { useRemoveHolderPhoto } from '../api/remove-holder-photo.ts';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, useUploadHolderPhoto } from '../api/upload-holder-photo.ts';

/** The photo on the record: shown, chosen with a preview, uploaded, replaced or removed. */
export function HolderPhoto({ holder }: { holder: HolderDetail }) {
  const photo = useHolderPhoto(holder);
  const upload = useUploadHolderPhoto();
  const remove = useRemoveHolderPhoto();
  const name = fullName(holder);

  return (
    <ImageUpload
      classNames={{ panel: 'photo-panel', frame: 'photo-frame', image: 'photo' }}
      accept={PHOTO_TYPES}
      maxBytes={PHOTO_MAX_BYTES}
      hasImage={holder.photoUrl !== null}
      saved={photo}
      upload={{ ...upload, run: (file, onSuccess) => upload.mutate({ id: holder.id, photo: file }, { onSuccess }) }}
      remove={{ ...remove, run: (onSuccess) => remove.mutate(holder.id, { onSuccess }) }}
      previewNote={<p className="small">Preview. Is it clear, recent and only of {holder.givenName}?</p>}
      text={{
        title: 'Photo',
        empty: 'No photo yet',
        loading: 'Loading photo…',
        loadFailed: 'Could not load the photo',
        savedAlt: `Photo of ${name}`,
        chosenAlt: `New photo for ${name}, not saved yet`,
        choose: 'Add a photo',
        replace: 'Replace photo',
        save: 'Save photo',
        saveNew: 'Save new photo',
        remove: 'Remove photo',
        saveFailed: 'Could not save the photo',
        added: 'Photo added.',
        replaced: 'Photo replaced.',
        removed: 'Photo removed.',
        removeTitle: 'Remove the photo?',
        removeBody: `The photo of ${name} will be deleted from their record. You can add a new one at any time.`,
        hint: 'JPEG, PNG or WebP, up to 8 MB. A clear, recent photo of their face.',
        wrongType: 'Choose a JPEG, PNG or WebP image.',
        tooLarge: (file) => `This photo is ${(file.size / 1024 / 1024).toFixed(1)} MB. Choose one of 8 MB or less.`,
      }}
    />
  );
}
