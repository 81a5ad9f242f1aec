import type { Branding } from '../../../../../api/src/branding/schemas.ts';
import { ImageUpload } from '../../../components/image-upload.tsx';
import { LOGO_MAX_BYTES, LOGO_TYPES, useBrandingLogo, useRemoveBrandingLogo, useUploadBrandingLogo } from '../api/branding-logo.ts';

/** The logo printed on cards: shown, chosen with a preview, uploaded, replaced or removed. */
export function BrandingLogo({ branding }: { branding: Branding }) {
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
        title: 'Logo',
        empty: 'No logo yet',
        loading: 'Loading the logo…',
        loadFailed: 'Could not load the logo',
        savedAlt: 'Your organisation’s logo, as cards print it',
        chosenAlt: 'New logo, not saved yet',
        choose: 'Upload a logo',
        replace: 'Replace logo',
        save: 'Save logo',
        saveNew: 'Save new logo',
        remove: 'Remove logo',
        saveFailed: 'Could not save the logo',
        added: 'Logo added.',
        replaced: 'Logo replaced.',
        removed: 'Logo removed.',
        removeTitle: 'Remove the logo?',
        removeBody: 'Cards printed from now on will have no logo. You can upload one again at any time.',
        hint: 'PNG or SVG, up to 512 KB. A logo on a transparent or white background prints best.',
        wrongType: 'Choose a PNG or SVG image.',
        tooLarge: (file) => `This file is ${Math.ceil(file.size / 1024)} KB. Choose one of 512 KB or less.`,
      }}
    />
  );
}
