import type { PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { CopyField } from '../../../components/ui/copy-field.tsx';

/** The partner's own verify link: not a secret, so any staff member can pass it on. */
export function PartnerVerifyLink({ partner }: { partner: PartnerView }) {
  return (
    <section className="panel" aria-labelledby="partner-link-title">
      <h2 id="partner-link-title" className="section-title">
        Verify link for {partner.name}
      </h2>
      <p className="section-lead">
        Send it to the partner with this: “Open this link once on the shop’s phone; cards scanned there list your
        benefits first.” Their notes are shown there too. It is not a password: whoever opens it sees only what a
        scan shows.
      </p>
      <CopyField
        label="Partner verify link"
        value={partner.verifyLink}
        hint={partner.active ? undefined : 'This partner is inactive: the link works, but its benefits are not listed.'}
      />
    </section>
  );
}
