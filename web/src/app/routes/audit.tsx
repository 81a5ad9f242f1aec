import { useMemo } from 'react';
import { Page } from '../../components/ui/page.tsx';
import { AuditLog } from '../../features/audit/components/audit-log.tsx';
import { VerifyChain } from '../../features/audit/components/verify-chain.tsx';
import { useStaff } from '../../features/staff/api/get-staff.ts';

/** Composes the audit log with the staff list, which names the people to filter by. */
export function AuditRoute() {
  const staff = useStaff();
  const users = staff.data?.items;
  const actors = useMemo(() => users?.map((user) => ({ id: user.id, label: `${user.name} (${user.email})` })), [users]);

  return (
    <Page
      title="Audit log"
      lead="Who did what, and to whom: sign-ins, staff accounts, young carers’ records, cards, partners and settings, newest first. Events cannot be edited or deleted."
    >
      <VerifyChain />
      <AuditLog actors={actors} />
    </Page>
  );
}
