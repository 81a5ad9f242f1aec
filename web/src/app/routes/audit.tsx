import { useMemo } from 'react';
import { Page } from '../../components/ui/page.tsx';
import { AuditLog } from '../../features/audit/components/audit-log.tsx';
import { VerifyChain } from '../../features/audit/components/verify-chain.tsx';
import { useStaff } from '../../features/staff/api/get-staff.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** Composes the audit log with the staff list, which names the people to filter by. */
export function AuditRoute() {
  const { t } = useTranslation();
  const staff = useStaff();
  const users = staff.data?.items;
  const actors = useMemo(() => users?.map((user) => ({ id: user.id, label: `${user.name} (${user.email})` })), [users]);

  return (
    <Page
      title={t('app.audit.title')}
      lead={t('app.audit.lead')}
    >
      <VerifyChain />
      <AuditLog actors={actors} />
    </Page>
  );
}
