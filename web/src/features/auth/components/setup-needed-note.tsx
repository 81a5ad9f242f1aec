import { Alert } from '../../../components/ui/alert.tsx';
import { useSetupStatus } from '../api/get-setup-status.ts';

/** On the sign-in page while no account exists yet: explains where the first account comes from. */
export function SetupNeededNote() {
  const status = useSetupStatus();
  if (!status.data?.needed) return null;
  return (
    <Alert tone="info" title="No staff account exists yet">
      <p>
        The first admin account is created with the one-time setup link printed in the server’s console when it
        started. Open that link to create it, then sign in here.
      </p>
    </Alert>
  );
}
