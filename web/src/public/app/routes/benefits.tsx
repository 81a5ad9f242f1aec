import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { BenefitDirectory } from '../../features/directory/components/benefit-directory.tsx';

export function BenefitsRoute() {
  return (
    <WithQueries>
      <PublicLayout title="Benefits for young carers">
        <BenefitDirectory />
      </PublicLayout>
    </WithQueries>
  );
}
