import type { PartnerKey } from '../generated/sqlite/client.ts';
import type { PartnerKeyView } from './schemas.ts';

/** Never the secret or its hash: the prefix is enough to tell keys apart. */
export function toPartnerKeyView(key: PartnerKey): PartnerKeyView {
  return {
    id: key.id,
    partnerId: key.partnerId,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    lastUsedOn: key.lastUsedOn,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
