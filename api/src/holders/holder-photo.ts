import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { Tx } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { findHolder } from './holder-detail.ts';

/** Upload limit, enforced while the multipart body streams in. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** Refused before decoding, so a small file that expands to a huge bitmap cannot eat memory. */
export const MAX_PHOTO_PIXELS = 40_000_000;
export const MIN_PHOTO_SIDE = 100;
const STORED_WIDTH = 600;
const STORED_HEIGHT = 800;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
/** How every stored photo is named (random hex); nothing else in the folder is ours. */
export const STORED_NAME = /^[0-9a-f]{32}\.jpg$/;


/**
 * Checks an uploaded image by its content (never its name or declared type)
 * and re-encodes it: EXIF orientation applied, fitted within 600x800 without
 * enlarging, transparency on white, JPEG quality 85. sharp drops all metadata
 * (EXIF with GPS and camera serials, XMP, ICC) unless told to keep it, and we
 * never tell it to. `field` names the form field an error points at (a
 * consultation option's picture goes through the same pipeline).
 */
export async function reencodePhoto(input: Buffer, field = 'photo'): Promise<Buffer> {
  const invalid = (message: string) => new AppError('PHOTO_INVALID', message, { field });
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS }).metadata();
  } catch {
    throw invalid('This file is not a photo we can read. Use a JPEG, PNG or WebP image.');
  }
  if (!ACCEPTED_FORMATS.has(metadata.format)) throw invalid('Use a JPEG, PNG or WebP image.');
  const { width, height } = metadata;
  if (!width || !height) throw invalid('This file is not a photo we can read. Use a JPEG, PNG or WebP image.');
  if (width * height > MAX_PHOTO_PIXELS) throw invalid(`This image is too large (over ${MAX_PHOTO_PIXELS / 1_000_000} megapixels).`);
  if (Math.min(width, height) < MIN_PHOTO_SIDE) throw invalid(`This image is too small; each side needs at least ${MIN_PHOTO_SIDE} pixels.`);
  try {
    return await sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, autoOrient: true })
      .resize({ width: STORED_WIDTH, height: STORED_HEIGHT, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer();
  } catch {
    throw invalid('This image is damaged or incomplete and cannot be used.');
  }
}

export function photosDir(dataDir: string): string {
  return path.join(dataDir, 'photos');
}

/** A stored photo by its file name, or null when there is none (or its file is gone). */
export async function readStoredPhoto(dataDir: string, fileName: string | null): Promise<Buffer | null> {
  if (!fileName || !STORED_NAME.test(fileName)) return null;
  try {
    return await readFile(path.join(photosDir(dataDir), fileName));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Points the holder at a new photo file (or none) and returns the one it
 * replaced. Compare-and-swap on the old value, so of two uploads at once each
 * learns exactly which file it replaced and no file is left behind.
 */
export async function swapPhotoFile(tx: Tx, id: string, fileName: string | null): Promise<string | null> {
  for (let attempt = 1; ; attempt++) {
    const { photoFile } = await findHolder(tx, id);
    const { count } = await tx.holder.updateMany({ where: { id, photoFile }, data: { photoFile: fileName } });
    if (count === 1) return photoFile;
    if (attempt >= 20) throw new Error('photo kept changing under us; giving up');
  }
}

/** After the database points elsewhere. A file that cannot be deleted must not fail a change that has happened. */
export async function removeStoredPhoto(dir: string, fileName: string | null): Promise<void> {
  if (!fileName || !STORED_NAME.test(fileName)) return;
  await rm(path.join(dir, fileName), { force: true }).catch(() => undefined);
}

/** Temp file (0600), fsync, rename, fsync the folder: a crash leaves the old state or the new, never half a photo. */
export async function writeFileAtomically(dir: string, fileName: string, bytes: Buffer): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `.${fileName}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx', 0o600);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path.join(dir, fileName));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
