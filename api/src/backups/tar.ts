// A small, strict ustar (POSIX tar) writer and reader: regular files only,
// which is all a backup holds. The archive is a plain tar, so operators can
// list or unpack it with any tar tool (`tar -tvf backup.tar`).
// Written here instead of taken from npm: the project's dependencies are not
// this change's to grow, and the tar packages in node_modules are only
// transitive (they could go away with someone else's upgrade).
import { BackupError } from './backup-error.ts';

const BLOCK = 512;
/** The largest size the 11 octal digits of ustar hold; bigger sizes use GNU base-256, which GNU and BSD tar read. */
const MAX_OCTAL_SIZE = 0o77777777777;

/** Where the archive's bytes go (a file, or the encryptor in front of one). */
export type ByteSink = { write(bytes: Buffer): Promise<void> };

export type TarFileHeader = { name: string; size: number; mode: number; mtime: Date };

function writeString(block: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new BackupError(`tar: "${value}" does not fit in ${length} bytes`);
  bytes.copy(block, offset);
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function splitName(name: string): { prefix: string; name: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name };
  const cut = name.lastIndexOf('/', 155);
  if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100) throw new BackupError(`tar: the name "${name}" is too long`);
  return { prefix: name.slice(0, cut), name: name.slice(cut + 1) };
}

export function tarHeader(file: TarFileHeader): Buffer {
  const block = Buffer.alloc(BLOCK);
  const { prefix, name } = splitName(file.name);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, file.mode & 0o7777);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  if (file.size <= MAX_OCTAL_SIZE) writeOctal(block, 124, 12, file.size);
  else {
    block[124] = 0x80;
    block.writeBigUInt64BE(BigInt(file.size), 128);
  }
  writeOctal(block, 136, 12, Math.floor(file.mtime.getTime() / 1000));
  block.fill(' ', 148, 156);
  block[156] = '0'.charCodeAt(0);
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  writeString(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** Writes entries one after another; `finish()` writes the two zero blocks that end a tar. */
export class TarWriter {
  readonly #sink: ByteSink;
  constructor(sink: ByteSink) {
    this.#sink = sink;
  }

  /** Streams one file in. Throws if the body is not exactly `size` bytes (a file that changed while it was read). */
  async add(file: TarFileHeader, body: AsyncIterable<Buffer>, onChunk?: (chunk: Buffer) => void): Promise<void> {
    await this.#sink.write(tarHeader(file));
    let written = 0;
    for await (const chunk of body) {
      written += chunk.length;
      if (written > file.size) break;
      onChunk?.(chunk);
      await this.#sink.write(chunk);
    }
    if (written !== file.size) throw new BackupError(`${file.name} changed size while it was being copied (${written} bytes, expected ${file.size}); run the backup again`);
    await this.#sink.write(padding(file.size));
  }

  async finish(): Promise<void> {
    await this.#sink.write(Buffer.alloc(BLOCK * 2));
  }
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  readonly #source: AsyncIterator<Buffer>;
  #buffer: Buffer = Buffer.alloc(0);
  constructor(source: AsyncIterable<Buffer>) {
    this.#source = source[Symbol.asyncIterator]();
  }

  async #pull(): Promise<boolean> {
    const next = await this.#source.next();
    if (next.done) return false;
    this.#buffer = this.#buffer.length > 0 ? Buffer.concat([this.#buffer, next.value]) : next.value;
    return true;
  }

  /** `n` bytes, or null at a clean end of the stream. */
  async exactly(n: number): Promise<Buffer | null> {
    while (this.#buffer.length < n) {
      if (!(await this.#pull())) {
        if (this.#buffer.length === 0) return null;
        throw new BackupError('The archive is truncated (it ends in the middle of an entry)');
      }
    }
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(n);
    return out;
  }

  /** Between 1 and `max` bytes, as they arrive. */
  async piece(max: number): Promise<Buffer> {
    if (this.#buffer.length === 0 && !(await this.#pull())) throw new BackupError('The archive is truncated (a file in it is cut short)');
    const piece = this.#buffer.subarray(0, Math.min(max, this.#buffer.length));
    this.#buffer = this.#buffer.subarray(piece.length);
    return piece;
  }

  async drain(): Promise<void> {
    while (await this.#pull()) this.#buffer = Buffer.alloc(0);
  }
}

/** One entry's bytes; what the consumer leaves unread is skipped, even if it stops early. */
class EntryBody implements AsyncIterable<Buffer> {
  readonly #reader: ByteReader;
  #remaining: number;
  constructor(reader: ByteReader, size: number) {
    this.#reader = reader;
    this.#remaining = size;
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: async () => {
        if (this.#remaining === 0) return { done: true, value: undefined };
        const piece = await this.#reader.piece(this.#remaining);
        this.#remaining -= piece.length;
        return { done: false, value: piece };
      },
      return: async () => ({ done: true, value: undefined }),
    };
  }

  async skip(): Promise<void> {
    while (this.#remaining > 0) this.#remaining -= (await this.#reader.piece(this.#remaining)).length;
  }
}

function readString(block: Buffer, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readNumber(block: Buffer, offset: number, length: number): number {
  if ((block[offset]! & 0x80) !== 0) {
    const value = block.readBigUInt64BE(offset + length - 8);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new BackupError('tar: a size in the archive is out of range');
    return Number(value);
  }
  const text = readString(block, offset, length).trim();
  if (!/^[0-7]*$/.test(text)) throw new BackupError('This is not a backup archive (a tar header is not valid)');
  return text === '' ? 0 : parseInt(text, 8);
}

function parseHeader(block: Buffer): TarFileHeader {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
  if (readNumber(block, 148, 8) !== sum || readString(block, 257, 6) !== 'ustar') {
    throw new BackupError('This is not a backup archive, or it is damaged (a tar header does not check out)');
  }
  const type = String.fromCharCode(block[156]!);
  const prefix = readString(block, 345, 155);
  const name = prefix ? `${prefix}/${readString(block, 0, 100)}` : readString(block, 0, 100);
  if (type !== '0' && type !== '\0') throw new BackupError(`The archive holds "${name}", which is not a regular file (type ${JSON.stringify(type)}); a backup holds only files`);
  return { name, size: readNumber(block, 124, 12), mode: readNumber(block, 100, 8), mtime: new Date(readNumber(block, 136, 12) * 1000) };
}

/**
 * Reads every entry in order, handing each one's body to `onEntry` (which
 * must consume it, or the rest of the entry is skipped).
 */
export async function readTar(source: AsyncIterable<Buffer>, onEntry: (header: TarFileHeader, body: AsyncIterable<Buffer>) => Promise<void>): Promise<void> {
  const reader = new ByteReader(source);
  for (;;) {
    const block = await reader.exactly(BLOCK);
    if (block === null) throw new BackupError('The archive is truncated (it has no end-of-archive marker)');
    if (block.every((b) => b === 0)) {
      await reader.drain();
      return;
    }
    const header = parseHeader(block);
    const body = new EntryBody(reader, header.size);
    await onEntry(header, body);
    await body.skip();
    const pad = padding(header.size).length;
    if (pad > 0 && (await reader.exactly(pad)) === null) throw new BackupError('The archive is truncated');
  }
}
