import { WebAuthnError } from '@simplewebauthn/browser';
import { errorMessage } from './api-client.ts';

/** What to tell a person when the browser's side of a passkey failed, or the server refused it. */
export function passkeyErrorMessage(error: unknown): string {
  const name = error instanceof WebAuthnError ? (error.cause as { name?: string } | undefined)?.name : (error as { name?: string } | null)?.name;
  if (error instanceof WebAuthnError && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') {
    return 'This device already has a passkey for your account.';
  }
  if (name === 'NotAllowedError' || name === 'AbortError') return 'The passkey was not used: it was cancelled, or took too long. Try again.';
  if (name === 'SecurityError') return 'This browser will not use passkeys for this address. Ask whoever runs the service to use its name, not an IP address.';
  if (error instanceof WebAuthnError) return 'Your browser or device could not use a passkey. Try again, or use another way.';
  return errorMessage(error);
}
