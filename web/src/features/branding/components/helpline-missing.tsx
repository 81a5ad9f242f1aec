import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { paths } from '../../../config/paths.ts';
import { isAdmin, useCurrentUser } from '../../../lib/session.ts';
import { useBranding } from '../api/get-branding.ts';

/**
 * Shown wherever cards are printed or sent while no helpline is set: the
 * card's back, the NOT VALID answer a shopkeeper reads, and a young carer's
 * frozen card all point to the helpline, and without one they give no number.
 */
export function HelplineMissing({ doing }: { doing: 'printing' | 'sending' | 'issuing' }) {
  const branding = useBranding();
  const user = useCurrentUser();
  if (!branding.isSuccess || branding.data.helpline.trim() !== '') return null;
  const what = { printing: 'Cards printed now', sending: 'Cards sent now', issuing: 'Cards issued now' }[doing];
  return (
    <Alert tone="warning" title="No helpline number is set">
      <p>
        {what} show no phone number on the back. A shopkeeper who sees NOT VALID, or a young carer who has lost their card, has no number to call.
      </p>
      <p>
        {isAdmin(user) ? (
          <Link to={paths.branding.getHref()}>Add the helpline number under Branding</Link>
        ) : (
          'Ask an admin to add the helpline number under Branding.'
        )}
      </p>
    </Alert>
  );
}
