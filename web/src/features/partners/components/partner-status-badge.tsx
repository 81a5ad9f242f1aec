import { useTranslation } from '../../../i18n/use-translation.ts';
import { partnerStatusDescription } from './partner-labels.ts';

/** Active or inactive, in words and colour (never colour alone). */
export function PartnerStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const status = active ? 'active' : 'inactive';
  return (
    <span className={`badge badge--partner-${status}`} title={partnerStatusDescription(status)}>
      {t(`partners.status.label.${status}`)}
    </span>
  );
}
