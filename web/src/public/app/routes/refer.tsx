import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { ReferPage } from '../../features/referrals/components/refer-page.tsx';

export function ReferRoute() {
  return (
    <WithQueries>
      <PublicLayout title="Refer a young carer" audience="family">
        <ReferPage />
      </PublicLayout>
    </WithQueries>
  );
}
