import type { SigningKeyView } from '../../../../../api/src/keys/schemas.ts';

export const keyStatusLabel: Record<SigningKeyView['status'], string> = {
  active: 'Active',
  retired: 'Retired',
  withdrawn: 'Withdrawn',
};

export const keyStatusDescription: Record<SigningKeyView['status'], string> = {
  active: 'Signs new cards',
  retired: 'Signs no new cards; the cards it signed still work',
  withdrawn: 'Every card it signed shows as not valid',
};

export function cardCount(count: number): string {
  return `${count.toLocaleString('en-GB')} unexpired ${count === 1 ? 'card' : 'cards'}`;
}
