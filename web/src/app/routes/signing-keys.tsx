import { Page } from '../../components/ui/page.tsx';
import { SigningKeys } from '../../features/signing-keys/components/signing-keys.tsx';

export function SigningKeysRoute() {
  return (
    <Page
      title="Signing keys"
      lead="The keys that sign each card’s QR code, so partners can tell a real card from a copy or a fake."
    >
      <SigningKeys />
    </Page>
  );
}
