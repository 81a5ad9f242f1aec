import { useState } from 'react';
import type { ReferralReceipt } from '../../../../../../api/src/referrals/schemas.ts';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { useOrganisation } from '../../../lib/organisation.ts';
import { ReferralForm } from './referral-form.tsx';

/**
 * What happens next, in the page's language. The API's own sentences (in
 * the receipt) stand in until the charity's name has arrived.
 */
function useNextSteps(receipt: ReferralReceipt): string[] {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  if (!organisation) return receipt.nextSteps;
  const contact = { organisation: organisation.name, helpline: organisation.helpline, call: organisation.helpline ? 'yes' : 'no' };
  return [t('refer.receipt.keepReference', contact), t('refer.receipt.someoneWillRead', contact), t('refer.receipt.changeMind')];
}

function Receipt({ receipt }: { receipt: ReferralReceipt }) {
  const { t } = useTranslation();
  const steps = useNextSteps(receipt);
  return (
    <section className="panel refer-receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabIndex={-1} ref={(element) => element?.focus()}>
        {t('refer.receipt.title')}
      </h2>
      <p>{t('refer.receipt.yourReference')}</p>
      <p className="refer-receipt__reference" dir="ltr">
        {receipt.reference}
      </p>
      <h3>{t('refer.receipt.nextTitle')}</h3>
      <ul>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </section>
  );
}

/** The form, then (in its place) the reference and what happens next. */
export function ReferPage() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<ReferralReceipt | null>(null);
  if (receipt) return <Receipt receipt={receipt} />;
  return (
    <>
      <div className="page-lead">
        <p>{t('refer.page.lead')}</p>
        <p>{t('refer.page.time')}</p>
      </div>
      <ReferralForm onSent={setReceipt} />
    </>
  );
}
