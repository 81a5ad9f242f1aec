import { useState } from 'react';
import type { ReferralReceipt } from '../../../../../../api/src/referrals/schemas.ts';
import { ReferralForm } from './referral-form.tsx';

/** The form, then (in its place) the reference and what happens next. */
export function ReferPage() {
  const [receipt, setReceipt] = useState<ReferralReceipt | null>(null);
  if (receipt) {
    return (
      <section className="panel refer-receipt" aria-labelledby="receipt-title">
        <h2 id="receipt-title" tabIndex={-1} ref={(element) => element?.focus()}>
          Thank you, we have your referral
        </h2>
        <p>Your reference is</p>
        <p className="refer-receipt__reference">{receipt.reference}</p>
        <h3>What happens next</h3>
        <ul>
          {receipt.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <>
      <div className="page-lead">
        <p>
          A young carer is someone under 18 who helps look after someone in their family: a parent, brother, sister or grandparent who is ill, disabled, or struggles with
          their mental health or with drugs or alcohol. Tell us about them here and we will get in touch.
        </p>
        <p>It takes about 5 minutes. Questions you can skip say so.</p>
      </div>
      <ReferralForm onSent={setReceipt} />
    </>
  );
}
