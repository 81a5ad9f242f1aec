import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { calendarDay } from '../shared/calendar.ts';

type Result = 'valid' | 'expired' | 'not_valid';
const COLUMN = { valid: 'valid', expired: 'expired', not_valid: 'notValid' } as const;

/**
 * Verify calls counted per partner per day, nothing else: no card, no
 * holder, no address, no time of day. Counted in memory and added to the
 * database every few seconds (and at shutdown), so the public hot path does
 * no write of its own.
 */
export class ScanCounter {
  private pending = new Map<string, { partnerId: string; day: string; valid: number; expired: number; notValid: number }>();

  constructor(private readonly db: Db) {}

  /** Partner API keys used, by day: their `lastUsedOn` is written with the counts, never on the verify path. */
  private keysUsed = new Map<string, string>();

  /**
   * Cards already counted today for a partner through its verify link: HMACs
   * of partner and card under a key that lives only in this process's memory,
   * forgotten when the day changes. Never stored, never logged.
   */
  private linkScans = { day: '', seen: new Set<string>() };
  private readonly linkKey = randomBytes(32);

  /**
   * One verify call. With the partner's API key (`partnerKeyId`), every call
   * counts for it. Through its verify link the partner is named by a code
   * anyone who has seen the link can send, so such a call counts for the
   * partner only for a real card (valid or expired: `cardId`), once per card
   * per day; the rest count for no partner. Made-up calls cannot inflate a
   * partner's figures beyond the real cards checked.
   */
  count(scan: { partnerId: string | undefined; result: Result; at: Date; partnerKeyId?: string | undefined; cardId?: string | undefined }): void {
    const { result, at, partnerKeyId, cardId } = scan;
    const day = calendarDay(at);
    if (partnerKeyId) this.keysUsed.set(partnerKeyId, day);
    const partnerId = scan.partnerId && (partnerKeyId || this.firstLinkScanToday(scan.partnerId, cardId, day)) ? scan.partnerId : undefined;
    const key = `${partnerId ?? ''}|${day}`;
    let row = this.pending.get(key);
    if (!row) {
      row = { partnerId: partnerId ?? '', day, valid: 0, expired: 0, notValid: 0 };
      this.pending.set(key, row);
    }
    row[COLUMN[result]] += 1;
  }

  private firstLinkScanToday(partnerId: string, cardId: string | undefined, day: string): boolean {
    if (!cardId) return false;
    if (this.linkScans.day !== day) this.linkScans = { day, seen: new Set() };
    const key = createHmac('sha256', this.linkKey).update(`${partnerId}|${cardId}`).digest('base64url');
    if (this.linkScans.seen.has(key)) return false;
    this.linkScans.seen.add(key);
    return true;
  }

  /** Adds what was counted to the database (increments, so several processes add up). */
  async flush(): Promise<void> {
    const rows = [...this.pending.values()];
    const keys = [...this.keysUsed];
    this.pending = new Map();
    this.keysUsed = new Map();
    for (const [id, day] of keys) {
      // Day granularity, and never backwards: at most one write per key per day.
      await this.db.partnerKey.updateMany({ where: { id, OR: [{ lastUsedOn: null }, { lastUsedOn: { lt: day } }] }, data: { lastUsedOn: day } });
    }
    for (const row of rows) {
      const { partnerId, day, valid, expired, notValid } = row;
      const increment = { valid: { increment: valid }, expired: { increment: expired }, notValid: { increment: notValid } };
      for (let attempt = 1; ; attempt++) {
        try {
          await this.db.scanCount.upsert({
            where: { partnerId_day: { partnerId, day } },
            create: { partnerId, day, valid, expired, notValid },
            update: increment,
          });
          break;
        } catch (error) {
          // Two processes creating the same day's row at once: the second retries as an update.
          if (!isUniqueViolation(error) || attempt >= 3) throw error;
        }
      }
    }
  }
}
