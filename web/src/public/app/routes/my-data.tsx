import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { MyDataPage } from '../../features/my-card/components/my-data-page.tsx';

export function MyDataRoute() {
  return (
    <WithQueries>
      <PublicLayout title="What we keep about me" audience="young-carer">
        <MyDataPage />
      </PublicLayout>
    </WithQueries>
  );
}
