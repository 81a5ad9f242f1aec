import { Alert } from '../../../components/ui/alert.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSaveSecuritySettings, useSecuritySettings } from '../api/security-settings.ts';

/** "Require two-step sign-in for everyone": staff without it set it up at their next request. */
export function SecuritySettingsForm() {
  const { t } = useTranslation();
  const settings = useSecuritySettings();
  const save = useSaveSecuritySettings();
  if (!settings.data) return settings.error ? <Alert tone="error">{errorMessage(settings.error)}</Alert> : null;
  const required = settings.data.mfaRequired;
  return (
    <div className="stack">
      {save.error ? <Alert tone="error" title={t('staff.security.notChanged')}>{errorMessage(save.error)}</Alert> : null}
      <p>
        {t('staff.security.is')} <strong>{required ? t('staff.security.required') : t('staff.security.optional')}</strong>.
        {required ? ` ${t('staff.security.requiredWhat')}` : ''}
      </p>
      <div className="button-row">
        <button
          type="button"
          className={required ? 'button button--secondary' : 'button'}
          disabled={save.isPending}
          onClick={() => save.mutate({ mfaRequired: !required })}
        >
          {required ? t('staff.security.stop') : t('staff.security.require')}
        </button>
      </div>
    </div>
  );
}
