import { Type, type Static } from 'typebox';
import { MAX_INT_ID } from '../schemas.ts';
import { AUDIT_GROUPS, type AuditGroup } from '../shared/audit-actions.ts';

export const AuditEventView = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorEmail: Type.Union([Type.String(), Type.Null()]),
  action: Type.String({ description: 'What happened, e.g. staff.create' }),
  entityType: Type.Union([Type.String(), Type.Null()]),
  entityId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  hash: Type.String(),
});
export type AuditEventView = Static<typeof AuditEventView>;

export const AuditGroupCode = Type.Enum(Object.keys(AUDIT_GROUPS) as AuditGroup[]);

/** A record an event names or was done by, as people know it. */
/** A fixed phrase of the log's (api/src/shared/audit-names.ts) with its values; null when the name is a person's or record's own (or an email). */
const AuditPhrase = Type.Union([
  Type.Object({ key: Type.String(), values: Type.Record(Type.String(), Type.String()) }, { description: 'e.g. { key: "card", values: { number, name } }' }),
  Type.Null(),
]);

export const AuditRecordRef = Type.Object({
  type: Type.String({ description: 'holder, card, partner, benefit, staff, referral, outbox, import, signing_key, settings, ...' }),
  id: Type.Union([Type.String(), Type.Null()]),
  name: Type.String({ description: 'Display name; "an erased record" when the young carer (or referral) was erased' }),
  erased: Type.Boolean(),
  phrase: AuditPhrase,
  link: Type.Union([
    Type.Object({ type: Type.String(), id: Type.String() }, { description: 'The record page to open: a benefit opens its partner' }),
    Type.Null(),
  ]),
});
export type AuditRecordRef = Static<typeof AuditRecordRef>;

/** An event in words: the stored event (unchanged, hash included) plus who, what and to whom. */
export const DescribedAuditEvent = Type.Object({
    ...AuditEventView.properties,
    group: AuditGroupCode,
    label: Type.String({ description: 'e.g. Card PDF downloaded' }),
    sentence: Type.String({ description: 'e.g. Sam Carter downloaded the card PDF of card YC-7K3P-Q9MD-X (Maya Jones)' }),
    template: Type.String({ description: 'The sentence with {actor} and {subject} left in, for pages that link them' }),
    actor: Type.Object({
      kind: Type.Enum(['staff', 'young_carer', 'someone', 'system']),
      id: Type.Union([Type.String(), Type.Null()]),
      name: Type.String(),
      phrase: AuditPhrase,
    }),
    subject: Type.Union([AuditRecordRef, Type.Null()]),
});
export type DescribedAuditEvent = Static<typeof DescribedAuditEvent>;

export const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Type.String({ maxLength: 64 })),
    action: Type.Optional(
      Type.String({ maxLength: 64, description: 'Exact action (card.pdf), or a prefix: with or without its dot (card. or card)' }),
    ),
    group: Type.Optional(AuditGroupCode),
    entityType: Type.Optional(Type.String({ maxLength: 64 })),
    entityId: Type.Optional(Type.String({ maxLength: 64 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    before: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_INT_ID, description: 'Cursor: only events with a smaller seq' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditPage = Type.Object({
  items: Type.Array(DescribedAuditEvent),
  nextBefore: Type.Union([Type.Integer(), Type.Null()], { description: 'Pass as `before` for the next page' }),
});
export type AuditPage = Static<typeof AuditPage>;

/** Why a check failed, stable for scripts; the staff page words each one. */
export const AuditChainFailure = Type.Enum(
  [
    'link_broken',
    'gap',
    'head_mismatch',
    'head_signature_invalid',
    'checkpoint_mismatch',
    'checkpoint_signature_invalid',
    'checkpoint_key_mismatch',
  ],
  {
    description:
      'link_broken: an event was changed or its link to the one before it does not match. gap: a chain position is missing. ' +
      'head_mismatch: the signed head does not name the last event (events removed from the end, or added without the key). ' +
      'head_signature_invalid: the head was not signed with this server\'s audit key. ' +
      'checkpoint_mismatch: a signed checkpoint names an event that is missing or different. ' +
      'checkpoint_signature_invalid: a checkpoint was not signed with this server\'s audit key. ' +
      'checkpoint_key_mismatch: the checkpoint file given was signed with another key.',
  },
);
export type AuditChainFailure = Static<typeof AuditChainFailure>;

export const AuditChainReport = Type.Object({
  intact: Type.Boolean(),
  checked: Type.Integer({ description: 'Events checked' }),
  firstBrokenSeq: Type.Union([Type.Integer(), Type.Null()], { description: 'The event (seq) where the first failure was found, when there is one' }),
  reason: Type.Union([AuditChainFailure, Type.Null()]),
  position: Type.Union([Type.Integer(), Type.Null()], { description: 'The chain position where the first failure was found' }),
  checkpoints: Type.Integer({ description: 'Signed checkpoints checked (stored, and from the file given)' }),
  keyId: Type.String({ description: 'SHA-256 of the audit public key the signatures were checked with' }),
});
export type AuditChainReport = Static<typeof AuditChainReport>;

const Sha256Hex = Type.String({ pattern: '^[0-9a-f]{64}$' });

export const AuditCheckpointView = Type.Object(
  {
    position: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
    hash: Sha256Hex,
    at: Type.String({ format: 'date-time' }),
    signature: Type.String({ maxLength: 200, description: 'Ed25519 over "ycards audit checkpoint v1\\n<position>\\n<hash>\\n<at>", base64url' }),
  },
  { additionalProperties: false },
);
export type AuditCheckpointView = Static<typeof AuditCheckpointView>;

/** The download an admin keeps away from this server, and hands back to have the log checked against it. */
export const AuditCheckpointFile = Type.Object(
  {
    format: Type.Literal('ycards-audit-checkpoints'),
    version: Type.Literal(1),
    keyId: Sha256Hex,
    publicKey: Type.Object(
      { kty: Type.Literal('OKP'), crv: Type.Literal('Ed25519'), x: Type.String({ maxLength: 64 }) },
      { additionalProperties: false, description: 'The audit public key (JWK)' },
    ),
    downloadedAt: Type.String({ format: 'date-time' }),
    checkpoints: Type.Array(AuditCheckpointView, { maxItems: 50_000 }),
  },
  { additionalProperties: false },
);
export type AuditCheckpointFile = Static<typeof AuditCheckpointFile>;

export const VerifyAuditChainBody = Type.Object(
  { checkpoints: Type.Optional(AuditCheckpointFile) },
  { additionalProperties: false },
);
export type VerifyAuditChainBody = Static<typeof VerifyAuditChainBody>;
