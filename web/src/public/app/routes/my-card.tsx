import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { MyCardPage } from '../../features/my-card/components/my-card-page.tsx';

export function MyCardRoute() {
  return (
    <WithQueries>
      <PublicLayout title="My young carer card" audience="young-carer">
        <MyCardPage />
      </PublicLayout>
    </WithQueries>
  );
}
