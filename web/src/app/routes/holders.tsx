import { Link } from 'react-router';
import { FlashNotice } from '../../components/ui/flash-notice.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { HolderList } from '../../features/holders/components/holder-list.tsx';

export function HoldersRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('holders.page.title')}
      lead={t('holders.page.lead')}
      actions={
        <Link className="button" to={paths.holders.new.getHref()}>
          {t('holders.page.register')}
        </Link>
      }
    >
      {/* What was just done to a record that is no longer there to show it (an erasure). */}
      <FlashNotice />
      <HolderList />
    </Page>
  );
}
