import { Type, type Static } from 'typebox';
import { MAX_INT_ID } from '../schemas.ts';

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

export const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Type.String({ maxLength: 64 })),
    action: Type.Optional(Type.String({ maxLength: 64, description: 'Exact action, or a prefix ending in a dot (staff.)' })),
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
  items: Type.Array(AuditEventView),
  nextBefore: Type.Union([Type.Integer(), Type.Null()], { description: 'Pass as `before` for the next page' }),
});
export type AuditPage = Static<typeof AuditPage>;

export const AuditChainReport = Type.Object({
  intact: Type.Boolean(),
  checked: Type.Integer({ description: 'Events checked' }),
  firstBrokenSeq: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditChainReport = Static<typeof AuditChainReport>;
