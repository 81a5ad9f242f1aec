import { Alert } from '../../../components/ui/alert.tsx';

/** Said wherever emails are made while the server has no SMTP_URL: nothing is sent until staff pass it on. */
export function EmailNotSetUp() {
  return (
    <Alert tone="warning" title="Email is not set up on this server">
      <p>
        Emails are not sent: each one waits here, as <strong>Waiting for staff</strong>. Open it, copy its text and address
        into your own email, send it, then press <strong>Mark as passed on</strong>.
      </p>
      <p className="small">
        To send emails automatically, whoever runs the server sets <code>SMTP_URL</code> (for example{' '}
        <code className="break-anywhere">smtp://user:password@mail.example.org:587</code>, or <code>smtps://…:465</code>) and
        restarts it. Waiting emails can then be sent with <strong>Send again</strong>.
      </p>
    </Alert>
  );
}
