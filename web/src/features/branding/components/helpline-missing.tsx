import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { isAdmin, useCurrentUser } from '../../../lib/session.ts';
import { useBranding } from '../api/get-branding.ts';

/**
 * Shown wherever cards are printed or sent while no helpline is set: the
 * card's back, the NOT VALID answer a shopkeeper reads, and a young carer's
 * frozen card all point to the helpline, and without one they give no number.
 */
export function HelplineMissing({ doing }: { doing: 'printing' | 'sending' | 'issuing' }) {
  const { t } = useTranslation();
  const branding = useBranding();
  const user = useCurrentUser();
  if (!branding.isSuccess || branding.data.helpline.trim() !== '') return null;
  return (
    <Alert tone="warning" title={t('branding.helplineMissing.title')}>
      <p>{t(`branding.helplineMissing.${doing}`)}</p>
      <p>
        {isAdmin(user) ? (
          <Link to={paths.branding.getHref()}>{t('branding.helplineMissing.addLink')}</Link>
        ) : (
          t('branding.helplineMissing.askAdmin')
        )}
      </p>
    </Alert>
  );
}
