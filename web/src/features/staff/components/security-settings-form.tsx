import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSaveSecuritySettings, useSecuritySettings } from '../api/security-settings.ts';

/** "Require two-step sign-in for everyone": staff without it set it up at their next request. */
export function SecuritySettingsForm() {
  const settings = useSecuritySettings();
  const save = useSaveSecuritySettings();
  if (!settings.data) return settings.error ? <Alert tone="error">{errorMessage(settings.error)}</Alert> : null;
  const required = settings.data.mfaRequired;
  return (
    <div className="stack">
      {save.error ? <Alert tone="error" title="Not changed">{errorMessage(save.error)}</Alert> : null}
      <p>
        Two-step sign-in is <strong>{required ? 'required for everyone' : 'up to each person'}</strong>.
        {required ? ' Anyone without it has to set it up before they can do anything else.' : ''}
      </p>
      <div className="button-row">
        <button
          type="button"
          className={required ? 'button button--secondary' : 'button'}
          disabled={save.isPending}
          onClick={() => save.mutate({ mfaRequired: !required })}
        >
          {required ? 'Stop requiring two-step sign-in' : 'Require two-step sign-in for everyone'}
        </button>
      </div>
    </div>
  );
}
