import { useState } from 'react';
import { Page } from '../../components/ui/page.tsx';
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
    </Page>
  );
}
