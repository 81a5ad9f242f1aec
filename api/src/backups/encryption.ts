// Passphrase encryption of a backup archive: scrypt derives the key, AES-256-GCM
// seals the archive in 64 KiB records, each with its own tag, so every byte
// is authenticated before a restore uses it, and a file cut short or with
// records swapped is refused (the nonce counts records; the last is marked).
//
// File: header (50 bytes) then records.
//   header  = "YCBKENC1" | log2(N) | r | p | salt (16) | nonce prefix (7) | key check (16)
//   record  = AES-256-GCM(plaintext of 64 KiB, or less for the last) | tag (16)
//   nonce   = nonce prefix (7) | record number (4, big-endian) | 1 for the last record, else 0
//   AAD     = the header, for every record
// The key check (HMAC of the header with a second derived key) tells a wrong
// passphrase at once, before any record is read.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { BackupError } from './backup-error.ts';

export const ENCRYPTED_MAGIC = Buffer.from('YCBKENC1', 'ascii');
const HEADER_BYTES = 50;
const CHECK_OFFSET = HEADER_BYTES - 16;
const CHUNK = 64 * 1024;
const TAG = 16;
const RECORD = CHUNK + TAG;
/** scrypt cost: N = 2^17, r = 8 (128 MiB, about half a second); the header records them, so they can rise later. */
const DEFAULT_COST = { logN: 17, r: 8, p: 1 };
export const MIN_PASSPHRASE_LENGTH = 12;

export class WrongPassphrase extends BackupError {
  override name = 'WrongPassphrase';
}

function deriveKeys(passphrase: string, salt: Buffer, cost: { logN: number; r: number; p: number }): Promise<{ key: Buffer; checkKey: Buffer }> {
  const N = 2 ** cost.logN;
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, 64, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r }, (error, derived) => {
      if (error) reject(error);
      else resolve({ key: derived.subarray(0, 32), checkKey: derived.subarray(32) });
    });
  });
}

const keyCheck = (checkKey: Buffer, header: Buffer) => createHmac('sha256', checkKey).update(header.subarray(0, CHECK_OFFSET)).digest().subarray(0, 16);

function nonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(counter, 7);
  n[11] = last ? 1 : 0;
  return n;
}

/** Encrypts an archive as its bytes come: `header` first, then what `update` and `final` return. */
export class Encryptor {
  readonly header: Buffer;
  readonly #key: Buffer;
  readonly #prefix: Buffer;
  #pending: Buffer = Buffer.alloc(0);
  #counter = 0;

  private constructor(header: Buffer, key: Buffer) {
    this.header = header;
    this.#key = key;
    this.#prefix = header.subarray(27, 34);
  }

  static async create(passphrase: string, cost = DEFAULT_COST): Promise<Encryptor> {
    const header = Buffer.alloc(HEADER_BYTES);
    ENCRYPTED_MAGIC.copy(header, 0);
    header[8] = cost.logN;
    header[9] = cost.r;
    header[10] = cost.p;
    randomBytes(16).copy(header, 11);
    randomBytes(7).copy(header, 27);
    const { key, checkKey } = await deriveKeys(passphrase, header.subarray(11, 27), cost);
    keyCheck(checkKey, header).copy(header, CHECK_OFFSET);
    return new Encryptor(header, key);
  }

  #seal(plain: Buffer, last: boolean): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.#key, nonce(this.#prefix, this.#counter++, last));
    cipher.setAAD(this.header);
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }

  update(bytes: Buffer): Buffer[] {
    this.#pending = this.#pending.length > 0 ? Buffer.concat([this.#pending, bytes]) : bytes;
    const out: Buffer[] = [];
    // Strictly more than a chunk: the last record (possibly empty) is written by final().
    while (this.#pending.length > CHUNK) {
      out.push(this.#seal(this.#pending.subarray(0, CHUNK), false));
      this.#pending = this.#pending.subarray(CHUNK);
    }
    return out;
  }

  final(): Buffer {
    const record = this.#seal(this.#pending, true);
    this.#pending = Buffer.alloc(0);
    return record;
  }
}

/** Whether a file starts like an encrypted backup. */
export const isEncrypted = (start: Buffer) => start.length >= ENCRYPTED_MAGIC.length && start.subarray(0, ENCRYPTED_MAGIC.length).equals(ENCRYPTED_MAGIC);

/**
 * The archive inside an encrypted backup, each record checked before it is
 * passed on. Throws WrongPassphrase before reading any record, and
 * BackupError for a damaged, altered or truncated file.
 */
export async function* decrypt(source: AsyncIterable<Buffer>, passphrase: string): AsyncGenerator<Buffer> {
  let buffer: Buffer = Buffer.alloc(0);
  const iterator = source[Symbol.asyncIterator]();
  let ended = false;
  const pull = async () => {
    const next = await iterator.next();
    if (next.done) ended = true;
    else buffer = buffer.length > 0 ? Buffer.concat([buffer, next.value]) : next.value;
  };
  while (buffer.length < HEADER_BYTES && !ended) await pull();
  if (buffer.length < HEADER_BYTES || !isEncrypted(buffer)) throw new BackupError('This is not an encrypted backup (its header is missing or cut short)');
  const header = Buffer.from(buffer.subarray(0, HEADER_BYTES));
  buffer = buffer.subarray(HEADER_BYTES);
  const cost = { logN: header[8]!, r: header[9]!, p: header[10]! };
  // At most 1 GiB of scrypt memory, so a crafted header cannot exhaust the machine.
  if (cost.logN < 10 || cost.logN > 20 || cost.r < 1 || cost.p < 1 || cost.p > 16 || 128 * 2 ** cost.logN * cost.r > 2 ** 30) {
    throw new BackupError('This encrypted backup has key-derivation settings this version does not accept; it may be damaged');
  }
  const { key, checkKey } = await deriveKeys(passphrase, header.subarray(11, 27), cost);
  if (!timingSafeEqual(keyCheck(checkKey, header), header.subarray(CHECK_OFFSET))) {
    throw new WrongPassphrase('Wrong passphrase: this backup was encrypted with a different one. Nothing was changed.');
  }
  const prefix = header.subarray(27, 34);
  let counter = 0;
  let offset = HEADER_BYTES;
  const open = (record: Buffer, last: boolean): Buffer => {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(prefix, counter++, last));
    decipher.setAAD(header);
    decipher.setAuthTag(record.subarray(record.length - TAG));
    try {
      const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - TAG)), decipher.final()]);
      offset += record.length;
      return plain;
    } catch {
      throw new BackupError(
        `The encrypted backup is damaged, cut short or has been altered (authentication failed in the record at byte ${offset}). Nothing was changed.`,
      );
    }
  };
  for (;;) {
    while (buffer.length > RECORD) {
      yield open(buffer.subarray(0, RECORD), false);
      buffer = buffer.subarray(RECORD);
    }
    if (ended) break;
    await pull();
  }
  if (buffer.length < TAG) throw new BackupError('The encrypted backup is cut short (its last record is missing). Nothing was changed.');
  yield open(buffer, true);
}

/** The passphrase from --passphrase-file (its first line) or BACKUP_PASSPHRASE; null for none. */
export async function readPassphrase(file: string | undefined, env: NodeJS.ProcessEnv): Promise<string | null> {
  if (file) {
    const content = await readFile(file, 'utf8').catch((error: Error) => {
      throw new BackupError(`Cannot read the passphrase file ${file}: ${error.message}`);
    });
    const text = content.split(/\r?\n/)[0] ?? '';
    if (!text) throw new BackupError(`${file} is empty; put the passphrase on its first line`);
    return text;
  }
  return env.BACKUP_PASSPHRASE ? env.BACKUP_PASSPHRASE : null;
}
