import { describe, expect, it } from 'vitest';
import { cardLinkIn, tokenFromScan } from '../../web/src/public/features/verify/card-link.ts';

const TOKEN = 'eyJhbGciOiJFZERTQSJ9.eyJuIjoiWm9zaWEifQ.c2lnbmF0dXJl';

describe('reading a card link on the verify page', () => {
  it('takes the token from the fragment and a partner code from ?p=', () => {
    expect(cardLinkIn({ hash: `#${TOKEN}`, search: '' })).toEqual({ token: TOKEN });
    expect(cardLinkIn({ hash: '', search: '?p=riverpool' })).toEqual({ partnerCode: 'riverpool' });
    expect(cardLinkIn({ hash: `#${TOKEN}`, search: '?p=riverpool' })).toEqual({ token: TOKEN, partnerCode: 'riverpool' });
    expect(cardLinkIn({ hash: '', search: '' })).toEqual({});
  });

  it('ignores a partner code the API would refuse', () => {
    expect(cardLinkIn({ hash: '', search: `?p=${'x'.repeat(41)}` })).toEqual({});
    expect(cardLinkIn({ hash: '', search: '?p=<script>' })).toEqual({});
  });
});

describe('reading a scanned QR code', () => {
  it("accepts a card's verify link from any address, and a bare token", () => {
    expect(tokenFromScan(`https://cards.example.org/v#${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromScan(`http://localhost:3000/v/#${TOKEN}\n`)).toBe(TOKEN);
    expect(tokenFromScan(TOKEN)).toBe(TOKEN);
  });

  it('refuses anything that is not a card', () => {
    expect(tokenFromScan('https://shop.example.org/offers')).toBeUndefined();
    expect(tokenFromScan(`https://cards.example.org/login#${TOKEN}`)).toBeUndefined();
    expect(tokenFromScan('https://cards.example.org/v#not a token')).toBeUndefined();
    expect(tokenFromScan('WIFI:S:shop;T:WPA;P:secret;;')).toBeUndefined();
  });
});
