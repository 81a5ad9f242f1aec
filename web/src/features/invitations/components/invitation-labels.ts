import type { InvitationStatus } from '../../../../../api/src/invitations/schemas.ts';
import type { MessageChannel } from '../../../../../api/src/outbox/schemas.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';

const STATUSES: readonly InvitationStatus[] = ['active', 'used', 'expired', 'revoked', 'locked'];
const CHANNELS: readonly MessageChannel[] = ['email', 'print'];

/** Words read when drawn, in the page's language (`channelLabel.email` is `invitations.labels.channel.email`). */
const inPageLanguage = <K extends string>(codes: readonly K[], group: string) =>
  Object.defineProperties(
    {} as Record<K, string>,
    Object.fromEntries(codes.map((code) => [code, { get: () => t(`invitations.labels.${group}.${code}`), enumerable: true }])),
  );

/** An invitation's status in words; the badge class is `badge--invitation-<status>`. */
export const invitationStatusLabel = inPageLanguage(STATUSES, 'status');

export const invitationStatusDescription = inPageLanguage(STATUSES, 'statusDescription');

export const channelLabel = inPageLanguage(CHANNELS, 'channel');
