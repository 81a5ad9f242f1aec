import { describe, expect, it } from 'vitest';
import { addMonths, erasureDue } from '../../api/src/retention/retention-due.ts';

const at = (iso: string) => new Date(iso);

describe('when a record falls due for erasure', () => {
  it('adds calendar months, keeping the time; the 31st becomes the last day of a shorter month', () => {
    expect(addMonths(at('2026-03-15T10:30:00.000Z'), 12).toISOString()).toBe('2027-03-15T10:30:00.000Z');
    expect(addMonths(at('2027-01-31T00:00:00.000Z'), 1).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(addMonths(at('2027-08-31T23:59:59.999Z'), 6).toISOString()).toBe('2028-02-29T23:59:59.999Z');
    expect(addMonths(at('2026-11-30T12:00:00.000Z'), 3).toISOString()).toBe('2027-02-28T12:00:00.000Z');
  });

  const now = at('2027-06-01T00:00:00.000Z');
  const card = (status: string, expiresAt: string, statusChangedAt: string | null = null) => ({ status, expiresAt: at(expiresAt), statusChangedAt: statusChangedAt ? at(statusChangedAt) : null });

  it('is never while a card has not ended (active or suspended, not expired)', () => {
    expect(erasureDue({ updatedAt: at('2020-01-01T00:00:00Z'), cards: [card('revoked', '2021-01-01T00:00:00Z', '2020-06-01T00:00:00Z'), card('active', '2027-07-01T00:00:00Z')] }, 12, now)).toBeNull();
    expect(erasureDue({ updatedAt: at('2020-01-01T00:00:00Z'), cards: [card('suspended', '2027-06-02T00:00:00Z')] }, 12, now)).toBeNull();
  });

  it('is N months after the last card ended: expired at its expiry, revoked (or replaced) when revoked', () => {
    const due = erasureDue(
      { updatedAt: at('2027-05-01T00:00:00Z'), cards: [card('active', '2026-02-01T00:00:00Z'), card('revoked', '2027-01-01T00:00:00Z', '2026-04-10T09:00:00Z')] },
      12,
      now,
    );
    expect(due).toEqual({ dueAt: at('2027-04-10T09:00:00Z'), basis: 'last_card_ended' });
    // A suspended card that ran out ended when it ran out.
    expect(erasureDue({ updatedAt: now, cards: [card('suspended', '2027-05-01T00:00:00Z')] }, 6, now)?.dueAt.toISOString()).toBe('2027-11-01T00:00:00.000Z');
  });

  it('with no card ever, is N months after the record last changed', () => {
    expect(erasureDue({ updatedAt: at('2026-12-24T08:00:00Z'), cards: [] }, 12, now)).toEqual({ dueAt: at('2027-12-24T08:00:00Z'), basis: 'record_changed' });
  });
});
