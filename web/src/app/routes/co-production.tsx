import { Page } from '../../components/ui/page.tsx';
import { CoProductionSettingsPanel } from '../../features/consultations/components/co-production-settings.tsx';
import { OutcomesEditor } from '../../features/consultations/components/outcomes-editor.tsx';
import { SuggestionModeration } from '../../features/consultations/components/suggestion-moderation.tsx';
import { TakePartList } from '../../features/consultations/components/take-part-list.tsx';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

export function CoProductionRoute() {
  const admin = isAdmin(useCurrentUser());
  return (
    <Page title="Suggestions and outcomes" lead={<p>What young carers suggested, what the service did about it, and who would like to take part in design groups and events.</p>}>
      <SuggestionModeration />
      <OutcomesEditor />
      <TakePartList />
      <CoProductionSettingsPanel canEdit={admin} />
    </Page>
  );
}
