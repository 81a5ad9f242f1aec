import { Page } from '../../components/ui/page.tsx';
import { HelplineMissing } from '../../features/branding/components/helpline-missing.tsx';
import { CardList } from '../../features/cards/components/card-list.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function CardsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('cards.page.listTitle')} lead={t('cards.page.listLead')}>
      <HelplineMissing doing="printing" />
      <CardList />
    </Page>
  );
}
