import { Page } from '../../components/ui/page.tsx';
import { SigningKeys } from '../../features/signing-keys/components/signing-keys.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function SigningKeysRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('app.signingKeys.title')}
      lead={t('app.signingKeys.lead')}
    >
      <SigningKeys />
    </Page>
  );
}
