import { Page } from '../../components/ui/page.tsx';
import { OutboxList } from '../../features/outbox/components/outbox-list.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function OutboxRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('app.outbox.title')}
      lead={t('app.outbox.lead')}
    >
      <OutboxList />
    </Page>
  );
}
