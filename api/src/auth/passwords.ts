import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors.ts';

/**
 * scrypt from node:crypto (no native add-on to build). Parameters travel in
 * the stored string, so they can be raised later without breaking old hashes.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of nothing in particular: verifying against it costs what a real check costs. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoyHash;
}

export const MIN_PASSWORD_LENGTH = 12;
const common = new Set(dictionary['passwords-common'] as string[]);

/**
 * NIST SP 800-63B style: a minimum length, no composition rules, and a check
 * against a list of common passwords (also with trailing digits and symbols
 * removed, so "password1234!" is refused too).
 */
export function passwordProblem(password: string, personal: string[] = []): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (common.has(lower) || (stem.length >= 4 && common.has(stem)) || /^(.)\1+$/u.test(password)) {
    return 'This password is too common. Choose something less easy to guess; a few unrelated words work well.';
  }
  for (const word of personal.map((w) => w.toLowerCase()).filter((w) => w.length >= 4)) {
    if (lower.includes(word)) return 'Do not use your name or email address in your password.';
  }
  return undefined;
}

export function assertStrongPassword(password: string, personal: string[] = []): void {
  const problem = passwordProblem(password, personal);
  if (problem) throw new AppError('WEAK_PASSWORD', problem, { field: 'password' });
}
