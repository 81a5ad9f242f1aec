import { useState } from 'react';
import type { Branding } from '../../../../../api/src/branding/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useBranding } from '../api/get-branding.ts';
import { BrandingForm } from './branding-form.tsx';
import { fromBranding } from './branding-form-values.ts';
import { BrandingLogo } from './branding-logo.tsx';
import { BrandingPreview } from './branding-preview.tsx';

/** The branding form and logo, with a live preview of the standard card beside them. */
export function BrandingSettings() {
  const { t } = useTranslation();
  const branding = useBranding();
  if (branding.isPending) return <Loading label={t('branding.loading')} />;
  if (branding.isError) {
    return (
      <Alert tone="error" title={t('branding.loadFailed')}>
        <p>{errorMessage(branding.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void branding.refetch()}>
          {t('branding.tryAgain')}
        </button>
      </Alert>
    );
  }
  return <BrandingEditor saved={branding.data} />;
}

function BrandingEditor({ saved }: { saved: Branding }) {
  // Starts from the saved values; later saves (or a new logo) do not overwrite what is being typed.
  const [values, setValues] = useState(() => fromBranding(saved));
  return (
    <div className="branding-layout">
      <div className="branding-layout__main">
        <BrandingForm saved={saved} values={values} onChange={setValues} />
        <BrandingLogo branding={saved} />
      </div>
      <div className="branding-layout__aside">
        <BrandingPreview values={values} saved={saved} />
      </div>
    </div>
  );
}
