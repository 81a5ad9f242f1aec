import type { AuditQuery } from '../../../api/src/audit/schemas.ts';
import type { UpdateBrandingBody } from '../../../api/src/branding/schemas.ts';
import type { CardListQuery } from '../../../api/src/cards/schemas.ts';
import type { DataRequestQuery } from '../../../api/src/data-requests/schemas.ts';
import type { HolderSearchQuery } from '../../../api/src/holders/schemas.ts';
import type { InvitationListQuery } from '../../../api/src/invitations/schemas.ts';
import type { OutboxListQuery } from '../../../api/src/outbox/schemas.ts';
import type { ReferralListQuery } from '../../../api/src/referrals/schemas.ts';
import type { ScanStatsQuery } from '../../../api/src/partners/schemas.ts';

/**
 * Every TanStack Query key of both web apps, in one place. A feature that
 * refreshes another's data (a new card refreshes its holder's record)
 * invalidates that feature's key from here, never a key spelt out again.
 *
 * Keys are prefixes of one another: invalidating `holderKeys.lists()` refreshes
 * every holder list, whatever its search; `holderKeys.all` every holder query.
 * Each group is its own export, so the public app's build takes only its own.
 */

export const holderKeys = {
  all: ['holders'] as const,
  lists: () => [...holderKeys.all, 'list'] as const,
  list: (query: HolderSearchQuery) => [...holderKeys.lists(), query] as const,
  detail: (id: string) => [...holderKeys.all, 'detail', id] as const,
  /** Every photo of one holder; one photo is keyed on its URL too (it changes with each new photo). */
  photos: (holderId: string) => [...holderKeys.all, 'photo', holderId] as const,
  photo: (holderId: string, photoUrl: string | null) => [...holderKeys.photos(holderId), photoUrl] as const,
};

export const cardKeys = {
  all: ['cards'] as const,
  lists: () => [...cardKeys.all, 'list'] as const,
  list: (query: CardListQuery) => [...cardKeys.lists(), query] as const,
  detail: (id: string) => [...cardKeys.all, 'detail', id] as const,
};

export const invitationKeys = {
  all: ['invitations'] as const,
  list: (query: InvitationListQuery) => [...invitationKeys.all, 'list', query] as const,
  /** The phones a holder's invitations signed in. */
  devices: (holderId: string) => [...invitationKeys.all, 'devices', holderId] as const,
};

export const dataRequestKeys = {
  all: ['data-requests'] as const,
  list: (query: DataRequestQuery) => [...dataRequestKeys.all, 'list', query] as const,
};

export const referralKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (query: ReferralListQuery) => [...referralKeys.lists(), query] as const,
  detail: (id: string) => [...referralKeys.all, 'detail', id] as const,
  photo: (id: string) => [...referralKeys.all, 'photo', id] as const,
  settings: () => [...referralKeys.all, 'settings'] as const,
};

export const outboxKeys = {
  all: ['outbox'] as const,
  lists: () => [...outboxKeys.all, 'list'] as const,
  list: (query: OutboxListQuery) => [...outboxKeys.lists(), query] as const,
  detail: (id: string) => [...outboxKeys.all, 'detail', id] as const,
};

export const renewalKeys = {
  all: ['renewals'] as const,
  list: (withinDays: number) => [...renewalKeys.all, 'list', withinDays] as const,
  settings: () => [...renewalKeys.all, 'settings'] as const,
};

export const retentionKeys = {
  all: ['retention'] as const,
  due: (withinDays: number) => [...retentionKeys.all, 'due', withinDays] as const,
  settings: () => [...retentionKeys.all, 'settings'] as const,
};

export const partnerKeys = {
  all: ['partners'] as const,
  list: () => [...partnerKeys.all, 'list'] as const,
  detail: (id: string) => [...partnerKeys.all, 'detail', id] as const,
  benefits: (partnerId: string) => [...partnerKeys.all, 'benefits', partnerId] as const,
  apiKeys: (partnerId: string) => [...partnerKeys.all, 'keys', partnerId] as const,
  scanStats: (query: ScanStatsQuery) => [...partnerKeys.all, 'scan-stats', query] as const,
};

export const templateKeys = {
  all: ['templates'] as const,
  list: () => [...templateKeys.all, 'list'] as const,
  fields: () => [...templateKeys.all, 'fields'] as const,
  /** Every layout's sample PDF: they show the saved branding, so saving it refreshes them. */
  previews: () => [...templateKeys.all, 'preview'] as const,
  preview: (id: string) => [...templateKeys.previews(), id] as const,
};

export const brandingKeys = {
  all: ['branding'] as const,
  saved: () => [...brandingKeys.all, 'saved'] as const,
  /** A draft drawn over the saved branding, as of when it was last saved. */
  preview: (draft: UpdateBrandingBody, savedAt: string | null) => [...brandingKeys.all, 'preview', savedAt, draft] as const,
  logo: (updatedAt: string | null) => [...brandingKeys.all, 'logo', updatedAt] as const,
};

export const staffKeys = {
  all: ['staff'] as const,
};

export const signingKeyKeys = {
  all: ['signing-keys'] as const,
};

export const auditKeys = {
  events: (filters: Omit<AuditQuery, 'before' | 'limit'>) => ['audit', 'events', filters] as const,
};

export const reportKeys = {
  dashboard: (months: number) => ['reports', 'dashboard', months] as const,
};

export const setupKeys = {
  status: () => ['setup-status'] as const,
};

/** Co-production: consultations, suggestions, "you said, we did", wishes to take part. */
export const coProductionKeys = {
  all: ['co-production'] as const,
  consultations: () => [...coProductionKeys.all, 'consultations'] as const,
  consultation: (id: string) => [...coProductionKeys.consultations(), id] as const,
  optionPreview: (consultationId: string, optionId: string) => [...coProductionKeys.all, 'preview', consultationId, optionId] as const,
  optionImage: (consultationId: string, optionId: string) => [...coProductionKeys.all, 'image', consultationId, optionId] as const,
  suggestions: () => [...coProductionKeys.all, 'suggestions'] as const,
  outcomes: () => [...coProductionKeys.all, 'outcomes'] as const,
  takePart: () => [...coProductionKeys.all, 'take-part'] as const,
  holderTakePart: (holderId: string) => [...coProductionKeys.all, 'take-part', 'holder', holderId] as const,
  settings: () => [...coProductionKeys.all, 'settings'] as const,
};

/** The public app's own (a separate build, with its own query client). */
export const myCardKeys = {
  card: () => ['my-card'] as const,
  data: () => ['my-data'] as const,
  haveYourSay: () => ['my-have-your-say'] as const,
  optionPreview: (consultationId: string, optionId: string) => ['my-option-preview', consultationId, optionId] as const,
};

export const youSaidWeDidKeys = {
  all: () => ['you-said-we-did'] as const,
};

export const directoryKeys = {
  benefits: () => ['benefit-directory'] as const,
};

/** The signed-in person's own account: their sessions. */
export const accountKeys = {
  all: ['account'] as const,
  sessions: () => [...accountKeys.all, 'sessions'] as const,
  passkeys: () => [...accountKeys.all, 'passkeys'] as const,
};

/** Service-wide sign-in rules (admin). */
export const securitySettingsKeys = {
  all: ['security-settings'] as const,
};

export const importKeys = {
  all: ['imports'] as const,
  list: () => [...importKeys.all, 'list'] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
  rows: (id: string, show: 'all' | 'problems', page: number) => [...importKeys.all, 'rows', id, show, page] as const,
  allRows: (id: string) => [...importKeys.all, 'rows', id] as const,
};
