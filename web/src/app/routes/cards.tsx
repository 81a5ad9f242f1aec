import { Page } from '../../components/ui/page.tsx';
import { HelplineMissing } from '../../features/branding/components/helpline-missing.tsx';
import { CardList } from '../../features/cards/components/card-list.tsx';

export function CardsRoute() {
  return (
    <Page title="Cards" lead="Every card issued, by status or coming expiry. Open a card to suspend, revoke, reissue, renew or download it; tick cards to print them on A4 sheets.">
      <HelplineMissing doing="printing" />
      <CardList />
    </Page>
  );
}
