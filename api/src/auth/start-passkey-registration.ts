import { generateRegistrationOptions } from '@simplewebauthn/server';
import type { AppDeps } from '../deps.ts';
import { requireRelyingParty } from './webauthn-relying-party.ts';

/** How long the browser has to make the passkey once asked. */
export const PASSKEY_CHALLENGE_TTL_MS = 5 * 60_000;

/**
 * The first half of adding a passkey: options for the browser's
 * navigator.credentials.create(), with a fresh challenge kept on the account
 * (a second call replaces it). The account's existing passkeys are excluded,
 * so one device is not added twice. Nothing is switched on yet, so this is
 * not audited.
 */
export async function startPasskeyRegistration(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding'>, options: { staffId: string }) {
  const party = requireRelyingParty(deps.config);
  const staff = await deps.db.staff.findUniqueOrThrow({ where: { id: options.staffId }, include: { passkeys: true } });
  const { view: branding } = await deps.branding.current();
  const creation = await generateRegistrationOptions({
    rpName: branding.organisationName,
    rpID: party.id,
    userName: staff.email,
    userDisplayName: staff.name,
    userID: new TextEncoder().encode(staff.id),
    attestationType: 'none',
    excludeCredentials: staff.passkeys.map((p) => ({ id: p.credentialId, transports: parseTransports(p.transports) })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    timeout: PASSKEY_CHALLENGE_TTL_MS,
  });
  await deps.db.staff.update({
    where: { id: staff.id },
    data: { passkeyChallenge: creation.challenge, passkeyChallengeExpiresAt: new Date(deps.clock().getTime() + PASSKEY_CHALLENGE_TTL_MS) },
  });
  return creation;
}

/** Transports as stored (a JSON array of strings), for the browser's hints. */
export function parseTransports(stored: string | null): AuthenticatorTransport[] | undefined {
  if (!stored) return undefined;
  try {
    const list: unknown = JSON.parse(stored);
    return Array.isArray(list) ? (list.filter((t) => typeof t === 'string') as AuthenticatorTransport[]) : undefined;
  } catch {
    return undefined;
  }
}

type AuthenticatorTransport = 'ble' | 'cable' | 'hybrid' | 'internal' | 'nfc' | 'smart-card' | 'usb';
