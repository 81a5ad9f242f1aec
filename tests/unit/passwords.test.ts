import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../api/src/auth/passwords.ts';

describe('password hashing', () => {
  it('verifies the right password and rejects any other', async () => {
    const stored = await hashPassword('tall ships on a grey sea');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('tall ships on a grey sea', stored)).toBe(true);
    expect(await verifyPassword('tall ships on a grey sea ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    expect(await verifyPassword('tall ships on a grey sea', 'garbage')).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same same same same')).not.toBe(await hashPassword('same same same same'));
  });
});

describe('password policy', () => {
  it('needs 12 characters, counted as characters not bytes', () => {
    expect(passwordProblem('short pass1')).toMatch(/12 characters/);
    expect(passwordProblem('ßßßßßßßßßßß')).toMatch(/12 characters/);
    expect(passwordProblem('żółw w ogrodzie')).toBeUndefined();
  });

  it('refuses common passwords, also with digits or symbols tacked on, and repeated characters', () => {
    for (const p of ['password1234', 'PASSWORD1234', 'iloveyou2024!', 'qwertyuiop12', 'aaaaaaaaaaaaaaa', 'football12345']) {
      expect(passwordProblem(p), p).toMatch(/too common/);
    }
  });

  it('refuses the person’s own name or email', () => {
    expect(passwordProblem('jessica-at-the-office', ['jessica'])).toMatch(/name or email/);
  });

  it('has no composition rules: any long uncommon phrase is fine', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('otter', 'lamp', 'violet', 'canal', 'biscuit', 'harbour'), { minLength: 4, maxLength: 6 }), (words) => {
        expect(passwordProblem(words.join(' '))).toBeUndefined();
      }),
    );
  });
});
