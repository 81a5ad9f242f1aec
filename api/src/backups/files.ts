import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Encryptor } from './encryption.ts';
import type { ByteSink } from './tar.ts';

/** A compact UTC time for file names: 20261203T134501Z. */
export const fileStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Writes `body` to a new file (never over an existing one), fsyncs it, and returns its size and SHA-256. */
export async function writeNewFile(file: string, body: AsyncIterable<Buffer>, mode = 0o600): Promise<{ size: number; sha256: string }> {
  const handle = await open(file, 'wx', mode);
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      size += chunk.length;
      await writeAll(handle, chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { size, sha256: hash.digest('hex') };
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += (await handle.write(bytes, offset)).bytesWritten;
}

/** The archive file being written: buffered, encrypted when an Encryptor is given, fsynced on close. */
export class ArchiveFile implements ByteSink {
  readonly #handle: FileHandle;
  readonly #encryptor: Encryptor | undefined;
  #parts: Buffer[] = [];
  #buffered = 0;
  bytesWritten = 0;

  private constructor(handle: FileHandle, encryptor: Encryptor | undefined) {
    this.#handle = handle;
    this.#encryptor = encryptor;
  }

  static async create(file: string, encryptor?: Encryptor): Promise<ArchiveFile> {
    const archive = new ArchiveFile(await open(file, 'wx', 0o600), encryptor);
    if (encryptor) await archive.#raw(encryptor.header);
    return archive;
  }

  async #raw(bytes: Buffer): Promise<void> {
    this.#parts.push(Buffer.from(bytes));
    this.#buffered += bytes.length;
    if (this.#buffered >= 1 << 20) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#buffered === 0) return;
    const bytes = Buffer.concat(this.#parts);
    this.#parts = [];
    this.#buffered = 0;
    await writeAll(this.#handle, bytes);
    this.bytesWritten += bytes.length;
  }

  async write(bytes: Buffer): Promise<void> {
    if (!this.#encryptor) return this.#raw(bytes);
    for (const record of this.#encryptor.update(bytes)) await this.#raw(record);
  }

  /** Ends the archive (the encryptor's last record), writes it out and fsyncs it. */
  async close(): Promise<void> {
    if (this.#encryptor) await this.#raw(this.#encryptor.final());
    await this.#flush();
    await this.#handle.sync();
    await this.#handle.close();
  }

  /** Closes without finishing, after a failure (the caller removes the file). */
  async abandon(): Promise<void> {
    await this.#handle.close().catch(() => undefined);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
