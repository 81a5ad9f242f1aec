import { createHash } from 'node:crypto';

/** What is stored instead of a code (its stored form, from parseInvitationCode). */
export function hashInvitationCode(stored: string): string {
  return createHash('sha256').update(`invitation:${stored}`).digest('hex');
}
