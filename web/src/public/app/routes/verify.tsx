import { VerifyPage } from '../../features/verify/components/verify-page.tsx';

export function VerifyRoute() {
  return <VerifyPage />;
}
