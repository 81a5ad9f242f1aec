import { Alert } from '../../../components/ui/alert.tsx';
import { useSetupStatus } from '../api/get-setup-status.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** On the sign-in page while no account exists yet: explains where the first account comes from. */
export function SetupNeededNote() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  if (!status.data?.needed) return null;
  return (
    <Alert tone="info" title={t('auth.setupNeeded.title')}>
      <p>
        {t('auth.setupNeeded.text')}
      </p>
    </Alert>
  );
}
