import { Page } from '../../components/ui/page.tsx';
import { BrandingSettings } from '../../features/branding/components/branding-settings.tsx';

export function BrandingRoute() {
  return (
    <Page
      title="Branding"
      lead="Your organisation’s name, colour, logo and wording, as every card prints them. Changes apply to cards printed from now on."
    >
      <BrandingSettings />
    </Page>
  );
}
