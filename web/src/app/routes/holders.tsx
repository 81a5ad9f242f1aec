import { Link } from 'react-router';
import { FlashNotice } from '../../components/ui/flash-notice.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { HolderList } from '../../features/holders/components/holder-list.tsx';

export function HoldersRoute() {
  return (
    <Page
      title="Young carers"
      lead="Find a young carer by name, reference or card number."
      actions={
        <Link className="button" to={paths.holders.new.getHref()}>
          Register a young carer
        </Link>
      }
    >
      {/* What was just done to a record that is no longer there to show it (an erasure). */}
      <FlashNotice />
      <HolderList />
    </Page>
  );
}
