import type { PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { useQrCode } from '../../../hooks/use-qr-code.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDownloadSetupSheet } from '../api/download-setup-sheet.ts';
import { useSendPartnerLink } from '../api/send-partner-link.ts';

/**
 * The partner's own verify link, and three ways to get it onto the shop's
 * phone: scan the QR code here, print the setup sheet, or email it to the
 * partner's contact. It is not a secret, so any staff member can pass it on.
 */
export function PartnerVerifyLink({
  partner,
  emailEnabled,
}: {
  partner: PartnerView;
  /** Whether the server can send email (SMTP_URL); undefined while not known. Without email, no email button is offered. */
  emailEnabled: boolean | undefined;
}) {
  const qr = useQrCode(partner.verifyLink);
  const sheet = useDownloadSetupSheet();
  const send = useSendPartnerLink();
  const sentTo = send.data?.to;

  return (
    <section className="panel" aria-labelledby="partner-link-title">
      <h2 id="partner-link-title" className="section-title">
        Set up {partner.name}’s phone
      </h2>
      <p className="section-lead">
        Open this link once on the shop’s phone: it then says “Set up for {partner.name}”, and cards scanned there list
        its benefits first, with its notes. It is not a password: whoever opens it sees only what a scan shows.
      </p>
      <div className="partner-setup">
        {qr ? (
          <img
            className="partner-setup__qr"
            src={qr}
            alt={`QR code of the verify link for ${partner.name}: scan it with the shop’s phone`}
            width={176}
            height={176}
          />
        ) : null}
        <div className="partner-setup__ways">
          <CopyField
            label="Partner verify link"
            value={partner.verifyLink}
            hint={partner.active ? undefined : 'This partner is inactive: the link works, but its benefits are not listed.'}
          />
          <div className="button-row">
            <button type="button" className="button button--secondary" disabled={sheet.isPending} onClick={() => sheet.mutate(partner)}>
              {sheet.isPending ? 'Preparing the setup sheet…' : 'Download setup sheet (PDF)'}
            </button>
            {emailEnabled && partner.contactEmail ? (
              <button type="button" className="button button--secondary" disabled={send.isPending} onClick={() => send.mutate(partner)}>
                {send.isPending ? 'Sending…' : `Email the link to ${partner.contactEmail}`}
              </button>
            ) : null}
          </div>
          <p className="muted small">
            The setup sheet is one A4 page for the shop: the QR code, four short steps, and what VALID and NOT VALID mean.
            {emailEnabled && !partner.contactEmail ? ' Add a contact email to the partner’s details to email them the link.' : ''}
          </p>
        </div>
      </div>
      {sheet.error ? (
        <Alert tone="error" title="Could not download the setup sheet">
          {errorMessage(sheet.error)}
        </Alert>
      ) : null}
      {send.error ? (
        <Alert tone="error" title="Could not email the link">
          {errorMessage(send.error)}
        </Alert>
      ) : null}
      {sentTo ? <Alert tone="success">The link is on its way to {sentTo}. You can follow it in the outbox.</Alert> : null}
    </section>
  );
}
