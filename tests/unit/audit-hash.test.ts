import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditEventHash, GENESIS_HASH, type ChainedFields } from '../../api/src/audit/audit-hash.ts';

const event: ChainedFields = {
  at: new Date('2026-11-23T10:00:00.000Z'),
  actorId: 'a1',
  actorEmail: 'admin@carers.test',
  action: 'staff.create',
  entityType: 'staff',
  entityId: 's1',
  ip: '127.0.0.1',
  details: '{"role":"staff"}',
};

describe('audit event hash', () => {
  it('is a stable SHA-256 hex of the previous hash and the fields', () => {
    expect(auditEventHash(GENESIS_HASH, event)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEventHash(GENESIS_HASH, event)).toBe(auditEventHash(GENESIS_HASH, { ...event }));
  });

  it('changes when any field or the previous hash changes', () => {
    const base = auditEventHash(GENESIS_HASH, event);
    fc.assert(
      fc.property(
        fc.constantFrom<keyof ChainedFields>('actorId', 'actorEmail', 'action', 'entityType', 'entityId', 'ip', 'details'),
        fc.string(),
        (field, value) => {
          fc.pre(value !== event[field]);
          expect(auditEventHash(GENESIS_HASH, { ...event, [field]: value })).not.toBe(base);
        },
      ),
    );
    expect(auditEventHash(GENESIS_HASH, { ...event, at: new Date(event.at.getTime() + 1) })).not.toBe(base);
    expect(auditEventHash('f'.repeat(64), event)).not.toBe(base);
  });

  it('cannot be fooled by moving text between fields', () => {
    const a = auditEventHash(GENESIS_HASH, { ...event, entityType: 'staff', entityId: 's1' });
    const b = auditEventHash(GENESIS_HASH, { ...event, entityType: 'staffs', entityId: '1' });
    expect(a).not.toBe(b);
  });
});
