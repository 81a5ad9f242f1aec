import { useTranslation } from '../../../../i18n/use-translation.ts';
import type { RememberedPartner } from '../remembered.ts';

/**
 * The partner this phone checks for (from the partner's own link), and a way
 * to forget it, on a shared or second-hand phone say. Just after the link is
 * opened it says "Set up for <shop>", the words the shop's setup sheet and
 * email tell them to look for.
 */
export function PartnerLinkNotice({ partner, justSaved, onForget }: { partner: RememberedPartner; justSaved: boolean; onForget: () => void }) {
  const { t, rich } = useTranslation();
  return (
    <section className="partner-notice" aria-label={t('verify.partner.label')}>
      <p>
        {partner.name
          ? rich(justSaved ? 'verify.partner.setUpFor' : 'verify.partner.checkingFor', { name: partner.name })
          : rich(justSaved ? 'verify.partner.linkSaved' : 'verify.partner.linkInUse', { partnerCode: partner.code })}
      </p>
      {justSaved ? <p className="partner-notice__more">{t('verify.partner.more')}</p> : null}
      <button type="button" className="button button--small" onClick={onForget}>
        {t('verify.partner.forget')}
      </button>
    </section>
  );
}
