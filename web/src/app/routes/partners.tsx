import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { PartnerList } from '../../features/partners/components/partner-list.tsx';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

export function PartnersRoute() {
  const { t } = useTranslation();
  const admin = isAdmin(useCurrentUser());
  return (
    <Page
      title={t('app.partners.title')}
      lead={t('app.partners.lead')}
      actions={
        admin ? (
          <>
            <Link className="button button--secondary" to={paths.partners.statistics.getHref()}>
              {t('app.partners.statistics')}
            </Link>
            <Link className="button" to={paths.partners.new.getHref()}>
              {t('app.partnerNew.submit')}
            </Link>
          </>
        ) : undefined
      }
    >
      <PartnerList />
    </Page>
  );
}
