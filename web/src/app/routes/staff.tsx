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

export function StaffRoute() {
  const [issued, setIssued] = useState<IssuedPasswordLink | null>(null);

  return (
    <Page title="Staff" lead="The people who can sign in to Young Carer Cards.">
      {issued ? (
        <PasswordLinkNotice key={issued.link.url} issued={issued} onDismiss={() => setIssued(null)} />
      ) : null}
      <section className="panel" aria-labelledby="add-staff-title">
        <h2 id="add-staff-title" className="section-title">
          Add a staff member
        </h2>
        <p className="section-lead">
          They get a one-time link to set their own password. Staff can work with young carers’ records and cards;
          admins can also manage staff accounts and read the audit log.
        </p>
        <AddStaffForm onCreated={({ user, passwordLink }) => setIssued({ user, link: passwordLink, reason: 'created' })} />
      </section>
      <section className="panel" aria-labelledby="security-title">
        <h2 id="security-title" className="section-title">
          Two-step sign-in
        </h2>
        <SecuritySettingsForm />
      </section>
      <section aria-labelledby="staff-list-title">
        <h2 id="staff-list-title" className="section-title">
          Staff accounts
        </h2>
        <StaffTable onLinkCreated={(user, link) => setIssued({ user, link, reason: 'new-link' })} />
      </section>
      <StaffHistory />
    </Page>
  );
}

/** The History of one staff account (what was done to it: created, changed, signed in), chosen from the list; kept in the URL. */
function StaffHistory() {
  const [searchParams, setSearchParams] = useSearchParams();
  const users = useStaff().data?.items;
  const chosen = searchParams.get('history') ?? '';
  const user = users?.find((u) => u.id === chosen);
  return (
    <section className="page-section" aria-labelledby="history-staff-title">
      <h2 id="history-staff-title" className="section-title">
        History
      </h2>
      <p className="section-lead">What was done to one staff account, and its sign-ins, newest first. What they did is in the audit log, filtered by person.</p>
      <SelectField
        label="Staff member"
        name="history"
        value={chosen}
        onChange={(event) => {
          const next = new URLSearchParams(searchParams);
          if (event.currentTarget.value) next.set('history', event.currentTarget.value);
          else next.delete('history');
          setSearchParams(next, { replace: true });
        }}
      >
        <option value="">Choose someone</option>
        {users?.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.email})
          </option>
        ))}
      </SelectField>
      {user ? <RecordHistory key={user.id} entityType="staff" entityId={user.id} showLogLink caption={`History of ${user.name}’s account, newest first`} /> : null}
    </section>
  );
}
