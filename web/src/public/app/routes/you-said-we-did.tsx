import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { YouSaidWeDidPage } from '../../features/have-your-say/components/you-said-we-did-page.tsx';

export function YouSaidWeDidRoute() {
  return (
    <WithQueries>
      <PublicLayout title="You said, we did" audience="young-carer" lead={<p>What young carers asked for, and what we did about it.</p>}>
        <YouSaidWeDidPage />
      </PublicLayout>
    </WithQueries>
  );
}
