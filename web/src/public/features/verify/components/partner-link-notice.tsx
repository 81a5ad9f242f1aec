import type { RememberedPartner } from '../remembered.ts';

/**
 * The partner this phone checks for (from the partner's own link), and a way
 * to forget it, on a shared or second-hand phone say. Just after the link is
 * opened it says "Set up for <shop>", the words the shop's setup sheet and
 * email tell them to look for.
 */
export function PartnerLinkNotice({ partner, justSaved, onForget }: { partner: RememberedPartner; justSaved: boolean; onForget: () => void }) {
  return (
    <section className="partner-notice" aria-label="Partner link">
      <p>
        {partner.name ? (
          <>
            {justSaved ? 'Set up for ' : 'Checking for: '}
            <strong>{partner.name}</strong>
          </>
        ) : (
          <>
            {justSaved ? 'Partner link saved' : 'Partner link in use'} (code <strong>{partner.code}</strong>)
          </>
        )}
        . Your offers are listed first.
      </p>
      {justSaved ? <p className="partner-notice__more">Cards checked in this browser from now on use it, including cards opened from the phone’s camera app.</p> : null}
      <button type="button" className="button button--small" onClick={onForget}>
        Forget this partner
      </button>
    </section>
  );
}
