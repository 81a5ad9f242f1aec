import { PublicLayout } from '../../components/public-layout.tsx';
import { PartnerGuide } from '../../features/partner-guide/components/partner-guide.tsx';

export function PartnerGuideRoute() {
  return (
    <PublicLayout title="Checking young carer cards: a guide for partners">
      <PartnerGuide />
    </PublicLayout>
  );
}
