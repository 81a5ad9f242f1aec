import { randomUUID } from 'node:crypto';
import { verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { cleanName } from '../shared/clean-text.ts';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.ts';
import { hasSecondFactor } from './second-factor.ts';
import { requireRelyingParty } from './webauthn-relying-party.ts';

/** WebAuthn Level 3, credentialIdLength: "MUST NOT be greater than 1023". */
const MAX_CREDENTIAL_ID_BYTES = 1023;

const expired = () =>
  new AppError('PASSKEY_INVALID', 'Adding the passkey took too long or was started again elsewhere. Please try again.');

/**
 * The second half of adding a passkey: checks the browser's answer against
 * the challenge kept on the account (used up by a conditional UPDATE, so an
 * answer counts once however often it is sent), stores the public key and
 * records the event, all in one transaction. A passkey that is the account's
 * first second factor also brings ten recovery codes, returned once.
 */
export async function addPasskey(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; name: string; response: RegistrationResponseJSON },
): Promise<{ id: string; recoveryCodes?: string[] }> {
  const party = requireRelyingParty(deps.config);
  const { context } = options;
  const staffId = context.actor.id;
  const at = deps.clock();
  const staff = await deps.db.staff.findUniqueOrThrow({ where: { id: staffId } });
  const challenge = staff.passkeyChallenge;
  if (!challenge || !staff.passkeyChallengeExpiresAt || staff.passkeyChallengeExpiresAt <= at) throw expired();

  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: options.response,
      expectedChallenge: challenge,
      expectedOrigin: party.origin,
      expectedRPID: party.id,
      requireUserVerification: false,
    });
  } catch {
    // The library's messages describe the answer; they are not for people and not for logs.
    verified = { verified: false };
  }
  if (!verified.verified) throw new AppError('PASSKEY_INVALID', 'That passkey could not be added. Please try again.');
  const { credential } = verified.registrationInfo;
  // The library does not compare the answer's id with the id the authenticator put in its signed data, nor bound it:
  // the stored id is what sign-in looks the passkey up by, and WebAuthn caps it at 1,023 bytes.
  if (credential.id !== options.response.id || Buffer.from(credential.id, 'base64url').length > MAX_CREDENTIAL_ID_BYTES) {
    throw new AppError('PASSKEY_INVALID', 'That passkey could not be added. Please try again.');
  }
  const name = cleanName(options.name) || 'Passkey';
  const id = randomUUID();

  try {
    return await inTransaction(deps.db, async (tx) => {
      const claimed = await tx.staff.updateMany({
        where: { id: staffId, passkeyChallenge: challenge },
        data: { passkeyChallenge: null, passkeyChallengeExpiresAt: null, passkeyCount: { increment: 1 } },
      });
      if (claimed.count !== 1) throw expired();
      await tx.staffPasskey.create({
        data: {
          id, staffId, name, createdAt: at,
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey),
          counter: BigInt(credential.counter),
          transports: credential.transports ? JSON.stringify(credential.transports) : null,
        },
      });
      // Read after the claim, which holds the account's row: is this the account's first second factor? Then recovery codes come with it.
      const now = await tx.staff.findUniqueOrThrow({ where: { id: staffId } });
      const first = !hasSecondFactor({ totpEnabledAt: now.totpEnabledAt, passkeyCount: now.passkeyCount - 1 });
      let recoveryCodes: string[] | undefined;
      if (first) {
        recoveryCodes = newRecoveryCodes();
        await tx.mfaRecoveryCode.deleteMany({ where: { staffId } });
        await tx.mfaRecoveryCode.createMany({ data: recoveryCodes.map((c) => ({ codeHash: hashRecoveryCode(c), staffId, createdAt: at })) });
      }
      await appendAuditEvent(tx, deps, context, {
        action: 'auth.passkey_add', entityType: 'staff', entityId: staffId, details: { passkeyId: id },
      });
      return { id, recoveryCodes };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('PASSKEY_ALREADY_ADDED', 'This passkey is already added to an account here.');
    throw error;
  }
}
