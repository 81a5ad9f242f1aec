import { createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey as NodeJsonWebKey, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { calculateJwkThumbprint, type JWK } from 'jose';

/**
 * Holds card-signing keys in memory as KeyObjects (made once: building one per
 * call halves verify speed). Private keys come from DATA_DIR/keys (one JWK
 * file per key, mode 0600) or from CARD_SIGNING_KEYS; the database registry
 * (SigningKey) says which key is active, retired or withdrawn.
 */
export class Keyring {
  readonly #privateKeys = new Map<string, KeyObject>();
  readonly #publicKeys = new Map<string, KeyObject>();
  readonly #dir: string;

  constructor(dataDir: string, fromEnv: JWK[] = []) {
    this.#dir = path.join(dataDir, 'keys');
    for (const jwk of fromEnv) this.#addPrivate(jwk);
    if (existsSync(this.#dir)) {
      for (const file of readdirSync(this.#dir).filter((f) => f.endsWith('.jwk.json'))) {
        this.#addPrivate(JSON.parse(readFileSync(path.join(this.#dir, file), 'utf8')) as JWK);
      }
    }
  }

  #addPrivate(jwk: JWK): string {
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.d || !jwk.kid) {
      throw new Error('Card signing keys must be Ed25519 private JWKs with a kid');
    }
    const privateKey = createPrivateKey({ key: jwk as NodeJsonWebKey, format: 'jwk' });
    this.#privateKeys.set(jwk.kid, privateKey);
    this.#publicKeys.set(jwk.kid, createPublicKey(privateKey));
    return jwk.kid;
  }

  /** Makes a new Ed25519 key, saves its private half to DATA_DIR/keys (0600), and returns its kid and public JWK. */
  async generate(): Promise<{ kid: string; publicJwk: JWK }> {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const publicJwk = publicKey.export({ format: 'jwk' }) as JWK;
    // Short (it is in every QR code); unique enough among one service's few keys.
    const kid = (await calculateJwkThumbprint(publicJwk, 'sha256')).slice(0, 6);
    const privateJwk = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid };
    mkdirSync(this.#dir, { recursive: true, mode: 0o700 });
    const file = path.join(this.#dir, `${kid}.jwk.json`);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(privateJwk), { mode: 0o600 });
    chmodSync(temp, 0o600);
    renameSync(temp, file);
    this.#addPrivate(privateJwk);
    return { kid, publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' } };
  }

  privateKey(kid: string): KeyObject | undefined {
    return this.#privateKeys.get(kid);
  }

  /** The public key for a kid, from memory or from the registry's JWK (kept once made: a kid's key never changes). */
  publicKey(kid: string, publicJwk?: string): KeyObject | undefined {
    let key = this.#publicKeys.get(kid);
    if (!key && publicJwk) {
      key = createPublicKey({ key: JSON.parse(publicJwk) as NodeJsonWebKey, format: 'jwk' });
      this.#publicKeys.set(kid, key);
    }
    return key;
  }
}
