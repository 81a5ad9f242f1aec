import type { PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { useQrCode } from '../../../hooks/use-qr-code.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
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
  const { t } = useTranslation();
  const qr = useQrCode(partner.verifyLink);
  const sheet = useDownloadSetupSheet();
  const send = useSendPartnerLink();
  const sentTo = send.data?.to;

  return (
    <section className="panel" aria-labelledby="partner-link-title">
      <h2 id="partner-link-title" className="section-title">
        {t('partners.link.title', { name: partner.name })}
      </h2>
      <p className="section-lead">{t('partners.link.lead', { name: partner.name })}</p>
      <div className="partner-setup">
        {qr ? (
          <img
            className="partner-setup__qr"
            src={qr}
            alt={t('partners.link.qrAlt', { name: partner.name })}
            width={176}
            height={176}
          />
        ) : null}
        <div className="partner-setup__ways">
          <CopyField
            label={t('partners.link.label')}
            value={partner.verifyLink}
            copyLabel={t('partners.link.copy')}
            copiedMessage={t('partners.link.copied')}
            hint={partner.active ? undefined : t('partners.link.inactive')}
          />
          <div className="button-row">
            <button type="button" className="button button--secondary" disabled={sheet.isPending} onClick={() => sheet.mutate(partner)}>
              {sheet.isPending ? t('partners.link.preparingSheet') : t('partners.link.downloadSheet')}
            </button>
            {emailEnabled && partner.contactEmail ? (
              <button type="button" className="button button--secondary" disabled={send.isPending} onClick={() => send.mutate(partner)}>
                {send.isPending ? t('partners.link.sending') : t('partners.link.email', { email: partner.contactEmail })}
              </button>
            ) : null}
          </div>
          <p className="muted small">
            {t('partners.link.sheetNote')}
            {emailEnabled && !partner.contactEmail ? ` ${t('partners.link.addEmail')}` : ''}
          </p>
        </div>
      </div>
      {sheet.error ? (
        <Alert tone="error" title={t('partners.link.sheetFailed')}>
          {errorMessage(sheet.error)}
        </Alert>
      ) : null}
      {send.error ? (
        <Alert tone="error" title={t('partners.link.emailFailed')}>
          {errorMessage(send.error)}
        </Alert>
      ) : null}
      {sentTo ? <Alert tone="success">{t('partners.link.sent', { email: sentTo })}</Alert> : null}
    </section>
  );
}
