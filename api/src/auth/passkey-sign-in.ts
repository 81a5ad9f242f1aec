import {
  generateAuthenticationOptions, verifyAuthenticationResponse, type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { AuthDeps } from './deps.ts';
import { reserveMfaAttempt } from './mfa-attempts.ts';
import { claimChallenge, findOpenChallenge, invalidChallenge } from './mfa-challenges.ts';
import { openSignedInSession } from './open-signed-in-session.ts';
import { parseTransports } from './start-passkey-registration.ts';
import { requireRelyingParty } from './webauthn-relying-party.ts';

const notChecked = () => new AppError('PASSKEY_INVALID', 'That passkey could not be checked. Try again, or use a code instead.');

/**
 * Options for navigator.credentials.get() in the second step of signing in:
 * a fresh challenge kept on the MFA challenge (asking again replaces it),
 * and the account's passkeys as the only ones allowed.
 */
export async function startPasskeySignIn(deps: Pick<AuthDeps, 'db' | 'config' | 'clock'>, options: { mfaToken: string }) {
  const party = requireRelyingParty(deps.config);
  const at = deps.clock();
  const challenge = await findOpenChallenge(deps.db, options.mfaToken, at);
  const passkeys = await deps.db.staffPasskey.findMany({ where: { staffId: challenge.staffId } });
  if (passkeys.length === 0) throw new AppError('MFA_NOT_ENROLLED', 'This account has no passkey. Use a code from your app or a recovery code.');
  const request = await generateAuthenticationOptions({
    rpID: party.id,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: parseTransports(p.transports) })),
    userVerification: 'preferred',
    timeout: Math.max(1, challenge.expiresAt.getTime() - at.getTime()),
  });
  const kept = await deps.db.mfaChallenge.updateMany({
    where: { tokenHash: challenge.tokenHash, usedAt: null },
    data: { webauthnChallenge: request.challenge },
  });
  if (kept.count !== 1) throw invalidChallenge();
  return request;
}

/**
 * The second step with a passkey: the browser's signed answer is checked
 * against the challenge given by startPasskeySignIn and the passkey's public
 * key. Tries are reserved against the same count as codes before checking.
 * The MFA challenge is used up with a conditional UPDATE and the passkey's
 * signature counter only moves forward, in the transaction that opens the
 * session, so one answer signs in once however many requests carry it, and
 * a copied authenticator whose counter went backwards is refused.
 */
export async function verifyPasskeySignIn(
  deps: AuthDeps,
  options: { mfaToken: string; response: AuthenticationResponseJSON; ip: string | null; userAgent: string | null },
) {
  const party = requireRelyingParty(deps.config);
  const { db, config } = deps;
  const { ip } = options;
  const at = deps.clock();
  const challenge = await findOpenChallenge(db, options.mfaToken, at);
  const staff = challenge.staff;
  const expected = challenge.webauthnChallenge;
  if (!expected) throw new AppError('PASSKEY_INVALID', 'Ask for the passkey first, then answer it.');
  await reserveMfaAttempt(db, staff.id, config.login, at);

  const passkey = await db.staffPasskey.findUnique({ where: { credentialId: options.response.id } });
  // A user handle, when the authenticator gives one, must be this account's (WebAuthn's check; the library leaves it to us).
  const handle = options.response.response.userHandle;
  const handleOk = !handle || Buffer.from(handle, 'base64url').equals(Buffer.from(staff.id));
  let newCounter: number | undefined;
  if (passkey && passkey.staffId === staff.id && handleOk) {
    try {
      const result = await verifyAuthenticationResponse({
        response: options.response,
        expectedChallenge: expected,
        expectedOrigin: party.origin,
        expectedRPID: party.id,
        credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: Number(passkey.counter), transports: parseTransports(passkey.transports) },
        requireUserVerification: false,
      });
      if (result.verified) newCounter = result.authenticationInfo.newCounter;
    } catch {
      // A malformed or mismatched answer (the library's message is not for people, nor for logs).
    }
  }
  if (!passkey || newCounter === undefined) {
    // The reservation stays: it is this failure's count.
    await recordAuditEvent(deps, { actor: { id: staff.id, email: staff.email }, ip }, {
      action: 'auth.mfa_failed', entityType: 'staff', entityId: staff.id, details: { secondFactor: 'passkey' },
    });
    throw notChecked();
  }

  return inTransaction(db, async (tx) => {
    // Used up, expired, or its passkey challenge replaced by options asked for since this answer's.
    if (!(await claimChallenge(tx, challenge.tokenHash, at, expected))) throw notChecked();
    // Authenticators that keep no counter always say 0; any other must say more than last time.
    // The counter is 32 bits unsigned (up to 4,294,967,295), hence a BigInt column: an Int would overflow on PostgreSQL.
    const counter = BigInt(newCounter);
    const counterOk = counter === 0n && passkey.counter === 0n ? {} : { counter: { lt: counter } };
    const used = await tx.staffPasskey.updateMany({ where: { id: passkey.id, ...counterOk }, data: { counter, lastUsedAt: at } });
    if (used.count !== 1) throw notChecked();
    return openSignedInSession(tx, deps, { staff, ip, userAgent: options.userAgent, at, secondFactor: 'passkey' });
  });
}
