import type { HolderDetail } from '../../../../../api/src/holders/schemas.ts';
import { ImageUpload } from '../../../components/image-upload.tsx';
import { fullName } from '../../../lib/format-name.ts';
import { useHolderPhoto } from '../api/get-holder-photo.ts';
import { useRemoveHolderPhoto } from '../api/remove-holder-photo.ts';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, useUploadHolderPhoto } from '../api/upload-holder-photo.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** The photo on the record: shown, chosen with a preview, uploaded, replaced or removed. */
export function HolderPhoto({ holder }: { holder: HolderDetail }) {
  const { t } = useTranslation();
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
      previewNote={<p className="small">{t('holders.photo.previewNote', { name: holder.givenName })}</p>}
      text={{
        title: t('holders.photo.title'),
        empty: t('holders.photo.empty'),
        loading: t('holders.photo.loading'),
        loadFailed: t('holders.photo.loadFailed'),
        savedAlt: t('holders.photo.savedAlt', { name }),
        chosenAlt: t('holders.photo.chosenAlt', { name }),
        choose: t('holders.photo.choose'),
        replace: t('holders.photo.replace'),
        save: t('holders.photo.save'),
        saveNew: t('holders.photo.saveNew'),
        remove: t('holders.photo.remove'),
        saveFailed: t('holders.photo.saveFailed'),
        added: t('holders.photo.added'),
        replaced: t('holders.photo.replaced'),
        removed: t('holders.photo.removed'),
        removeTitle: t('holders.photo.removeTitle'),
        removeBody: t('holders.photo.removeBody', { name }),
        hint: t('holders.photo.hint'),
        wrongType: t('holders.photo.wrongType'),
        tooLarge: (file) => t('holders.photo.tooLarge', { size: file.size / 1024 / 1024 }),
      }}
    />
  );
}
