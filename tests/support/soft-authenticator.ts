import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A passkey authenticator in software, for API tests: it makes a P-256 key
 * pair and answers WebAuthn options exactly as a browser passes an
 * authenticator's answer on (the JSON @simplewebauthn/browser sends), with
 * attestation "none". The server checks these answers with its real
 * verification code; only the device is simulated. Browser tests use
 * Chromium's own virtual authenticator instead.
 */
export type SoftPasskey = {
  credentialId: Buffer;
  privateKey: KeyObject;
  counter: number;
  userHandle?: string;
};

type CreationOptions = { challenge: string; rp: { id?: string; name: string }; user: { id: string } };
type RequestOptions = { challenge: string; rpId?: string };

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

export function newSoftPasskey(): SoftPasskey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { credentialId: randomBytes(32), privateKey, counter: 0 };
}

/** The answer navigator.credentials.create() would give for these options, made on `origin`. */
export function createCredential(passkey: SoftPasskey, options: CreationOptions, origin: string, tweak: { rpId?: string } = {}) {
  const rpId = tweak.rpId ?? options.rp.id ?? new URL(origin).hostname;
  const clientDataJSON = JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin, crossOrigin: false });
  const jwk = passkey.privateKey.export({ format: 'jwk' });
  // COSE_Key: kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y.
  const coseKey = cbor(new Map<number, unknown>([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, 'base64url')], [-3, Buffer.from(jwk.y!, 'base64url')]]));
  const idLength = Buffer.alloc(2);
  idLength.writeUInt16BE(passkey.credentialId.length);
  const authData = Buffer.concat([
    sha256(rpId),
    Buffer.from([0x45]), // user present, user verified, attested credential data
    counterBytes(passkey.counter),
    Buffer.alloc(16), // AAGUID: none
    idLength,
    passkey.credentialId,
    coseKey,
  ]);
  const attestationObject = cbor(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
  passkey.userHandle = options.user.id;
  return {
    id: b64url(passkey.credentialId),
    rawId: b64url(passkey.credentialId),
    type: 'public-key' as const,
    response: { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject), transports: ['internal'] },
    authenticatorAttachment: 'platform' as const,
    clientExtensionResults: {},
  };
}

/** The answer navigator.credentials.get() would give; each call moves the signature counter on (unless `counter` is given). */
export function getAssertion(passkey: SoftPasskey, options: RequestOptions, origin: string, tweak: { counter?: number } = {}) {
  const rpId = options.rpId ?? new URL(origin).hostname;
  passkey.counter = tweak.counter ?? passkey.counter + 1;
  const clientDataJSON = JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin, crossOrigin: false });
  const authData = Buffer.concat([sha256(rpId), Buffer.from([0x05]), counterBytes(passkey.counter)]);
  const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), passkey.privateKey);
  return {
    id: b64url(passkey.credentialId),
    rawId: b64url(passkey.credentialId),
    type: 'public-key' as const,
    response: {
      clientDataJSON: b64url(clientDataJSON),
      authenticatorData: b64url(authData),
      signature: b64url(signature),
      ...(passkey.userHandle ? { userHandle: passkey.userHandle } : {}),
    },
    authenticatorAttachment: 'platform' as const,
    clientExtensionResults: {},
  };
}

function counterBytes(counter: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(counter);
  return bytes;
}

/** Just enough CBOR (RFC 8949) for attestation objects and COSE keys: integers, byte and text strings, maps. */
function cbor(value: unknown): Buffer {
  const head = (major: number, n: number) => {
    if (n < 24) return Buffer.from([(major << 5) | n]);
    if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
    if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
    const b = Buffer.alloc(5);
    b[0] = (major << 5) | 26;
    b.writeUInt32BE(n, 1);
    return b;
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, text.length), text]);
  }
  if (value instanceof Map) {
    return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)])]);
  }
  throw new Error(`cbor: cannot encode ${typeof value}`);
}
