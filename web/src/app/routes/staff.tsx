import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../components/ui/field.tsx';
import { Page } from '../../components/ui/page.tsx';
import { RecordHistory } from '../../features/audit/components/record-history.tsx';
import { useStaff } from '../../features/staff/api/get-staff.ts';
import { AddStaffForm } from '../../features/staff/components/add-staff-form.tsx';
import {
  PasswordLinkNotice,
  type IssuedPasswordLink,
} from '../../features/staff/components/password-link-notice.tsx';
import { SecuritySettingsForm } from '../../features/staff/components/security-settings-form.tsx';
import { StaffTable } from '../../features/staff/components/staff-table.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function StaffRoute() {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<IssuedPasswordLink | null>(null);

  return (
    <Page title={t('staff.page.title')} lead={t('staff.page.lead')}>
      {issued ? (
        <PasswordLinkNotice key={issued.link.url} issued={issued} onDismiss={() => setIssued(null)} />
      ) : null}
      <section className="panel" aria-labelledby="add-staff-title">
        <h2 id="add-staff-title" className="section-title">
          {t('staff.page.addTitle')}
        </h2>
        <p className="section-lead">
          {t('staff.page.addLead')}
        </p>
        <AddStaffForm onCreated={({ user, passwordLink }) => setIssued({ user, link: passwordLink, reason: 'created' })} />
      </section>
      <section className="panel" aria-labelledby="security-title">
        <h2 id="security-title" className="section-title">
          {t('staff.page.securityTitle')}
        </h2>
        <SecuritySettingsForm />
      </section>
      <section aria-labelledby="staff-list-title">
        <h2 id="staff-list-title" className="section-title">
          {t('staff.page.listTitle')}
        </h2>
        <StaffTable onLinkCreated={(user, link) => setIssued({ user, link, reason: 'new-link' })} />
      </section>
      <StaffHistory />
    </Page>
  );
}

/** The History of one staff account (what was done to it: created, changed, signed in), chosen from the list; kept in the URL. */
function StaffHistory() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const users = useStaff().data?.items;
  const chosen = searchParams.get('history') ?? '';
  const user = users?.find((u) => u.id === chosen);
  return (
    <section className="page-section" aria-labelledby="history-staff-title">
      <h2 id="history-staff-title" className="section-title">
        {t('staff.page.historyTitle')}
      </h2>
      <p className="section-lead">{t('staff.page.historyLead')}</p>
      <SelectField
        label={t('staff.page.historyPerson')}
        name="history"
        value={chosen}
        onChange={(event) => {
          const next = new URLSearchParams(searchParams);
          if (event.currentTarget.value) next.set('history', event.currentTarget.value);
          else next.delete('history');
          setSearchParams(next, { replace: true });
        }}
      >
        <option value="">{t('staff.page.choose')}</option>
        {users?.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.email})
          </option>
        ))}
      </SelectField>
      {user ? <RecordHistory key={user.id} entityType="staff" entityId={user.id} showLogLink caption={t('staff.page.historyCaption', { name: user.name })} /> : null}
    </section>
  );
}
