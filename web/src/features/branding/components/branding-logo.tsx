import type { Branding } from '../../../../../api/src/branding/schemas.ts';
import { ImageUpload } from '../../../components/image-upload.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { LOGO_MAX_BYTES, LOGO_TYPES, useBrandingLogo, useRemoveBrandingLogo, useUploadBrandingLogo } from '../api/branding-logo.ts';

/** The logo printed on cards: shown, chosen with a preview, uploaded, replaced or removed. */
export function BrandingLogo({ branding }: { branding: Branding }) {
  const { t } = useTranslation();
  const logo = useBrandingLogo(branding);
  const upload = useUploadBrandingLogo();
  const remove = useRemoveBrandingLogo();

  return (
    <ImageUpload
      classNames={{ panel: 'logo-panel', frame: 'logo-frame', image: 'logo-image' }}
      accept={LOGO_TYPES}
      maxBytes={LOGO_MAX_BYTES}
      hasImage={branding.logoType !== null}
      saved={logo}
      upload={{ ...upload, run: (file, onSuccess) => upload.mutate(file, { onSuccess }) }}
      remove={{ ...remove, run: (onSuccess) => remove.mutate(undefined, { onSuccess }) }}
      text={{
        title: t('branding.logo.title'),
        empty: t('branding.logo.empty'),
        loading: t('branding.logo.loading'),
        loadFailed: t('branding.logo.loadFailed'),
        savedAlt: t('branding.logo.savedAlt'),
        chosenAlt: t('branding.logo.chosenAlt'),
        choose: t('branding.logo.choose'),
        replace: t('branding.logo.replace'),
        save: t('branding.logo.save'),
        saveNew: t('branding.logo.saveNew'),
        remove: t('branding.logo.remove'),
        saveFailed: t('branding.logo.saveFailed'),
        added: t('branding.logo.added'),
        replaced: t('branding.logo.replaced'),
        removed: t('branding.logo.removed'),
        removeTitle: t('branding.logo.removeTitle'),
        removeBody: t('branding.logo.removeBody'),
        hint: t('branding.logo.hint'),
        wrongType: t('branding.logo.wrongType'),
        tooLarge: (file) => t('branding.logo.tooLarge', { size: Math.ceil(file.size / 1024) }),
      }}
    />
  );
}
