import { partnerStatusDescription } from './partner-labels.ts';

/** Active or inactive, in words and colour (never colour alone). */
export function PartnerStatusBadge({ active }: { active: boolean }) {
  const status = active ? 'active' : 'inactive';
  return (
    <span className={`badge badge--partner-${status}`} title={partnerStatusDescription[status]}>
      {active ? 'Active' : 'Inactive'}
    </span>
  );
}
