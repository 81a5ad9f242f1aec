import { WebAuthnError } from '@simplewebauthn/browser';
import { translate } from '../i18n/start-i18n.ts';
import { errorMessage } from './api-client.ts';

/** What to tell a person when the browser's side of a passkey failed, or the server refused it. */
export function passkeyErrorMessage(error: unknown): string {
  const name = error instanceof WebAuthnError ? (error.cause as { name?: string } | undefined)?.name : (error as { name?: string } | null)?.name;
  if (error instanceof WebAuthnError && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') {
    return translate('errors.passkey.alreadyRegistered');
  }
  if (name === 'NotAllowedError' || name === 'AbortError') return translate('errors.passkey.notUsed');
  if (name === 'SecurityError') return translate('errors.passkey.insecureAddress');
  if (error instanceof WebAuthnError) return translate('errors.passkey.failed');
  return errorMessage(error);
}
