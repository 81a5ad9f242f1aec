import { useQrCode } from '../../../hooks/use-qr-code.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';

export type SlipOrganisation = { name: string; helpline: string };

/**
 * The printed slip staff hand to a young carer: their first name, the link
 * (and its QR code), the code, what they will be asked, the last day and the
 * charity's helpline. Never the family name or the date of birth: a slip can
 * be dropped, or read by someone else.
 *
 * It is the page's `print-area`: printing the page prints the slip alone.
 */
export function InvitationSlip({
  firstName,
  link,
  code,
  expiresAt,
  organisation,
}: {
  firstName: string;
  link: string;
  code: string;
  expiresAt: string;
  organisation: SlipOrganisation | undefined;
}) {
  const qr = useQrCode(link);
  const origin = new URL(link).origin;
  // The same day the email and the message text give (the UTC day of the moment it runs out).
  const lastDay = formatCalendarDate(expiresAt.slice(0, 10));
  return (
    <article className="slip print-area" aria-label="Printed slip">
      <p className="slip__from">{organisation?.name ?? 'Your young carers service'}</p>
      <h3 className="slip__title">{firstName}, your card is ready for your phone</h3>
      <div className="slip__body">
        <div className="slip__steps">
          <p>
            <strong>Scan the QR code with your phone’s camera</strong>, or open this link:
          </p>
          <p className="slip__link">{link}</p>
          <p>
            Or go to <span className="slip__link">{origin}/my</span> and type this code:
          </p>
          <p className="slip__code">{code}</p>
          <p>
            <strong>You’ll need your date of birth.</strong> The link and code work once, on one phone, until <strong>{lastDay}</strong>.
          </p>
        </div>
        {qr ? <img className="slip__qr" src={qr} alt="QR code that opens the link" width={160} height={160} /> : null}
      </div>
      <p className="slip__help">
        {organisation?.helpline ? (
          <>
            Questions? Call {organisation.name} on <strong>{organisation.helpline}</strong>.
          </>
        ) : (
          <>Questions? Ask {organisation?.name ?? 'the staff who gave you this'}.</>
        )}
      </p>
    </article>
  );
}
