import { Page } from '../../components/ui/page.tsx';
import { CoProductionSettingsPanel } from '../../features/consultations/components/co-production-settings.tsx';
import { OutcomesEditor } from '../../features/consultations/components/outcomes-editor.tsx';
import { SuggestionModeration } from '../../features/consultations/components/suggestion-moderation.tsx';
import { TakePartList } from '../../features/consultations/components/take-part-list.tsx';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

export function CoProductionRoute() {
  const { t } = useTranslation();
  const admin = isAdmin(useCurrentUser());
  return (
    <Page title={t('app.coProduction.title')} lead={<p>{t('app.coProduction.lead')}</p>}>
      <SuggestionModeration />
      <OutcomesEditor />
      <TakePartList />
      <CoProductionSettingsPanel canEdit={admin} />
    </Page>
  );
}
