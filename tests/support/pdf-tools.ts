import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Real PDF tools (poppler, qpdf, zbar from Debian; .ci/run installs them):
 * the tests read what a printer, a PDF viewer and a phone camera would.
 */
function withPdf<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'ycards-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  try {
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page count and each page's size in points, from pdfinfo. */
export function pdfPages(pdf: Buffer): { count: number; sizes: { width: number; height: number }[] } {
  return withPdf(pdf, (file) => {
    const first = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: 'pipe' });
    const count = Number(/^Pages:\s+(\d+)/m.exec(first)?.[1]);
    const all = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), file], { encoding: 'utf8', stdio: 'pipe' });
    const sizes = [...all.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
    return { count, sizes };
  });
}

/** The document information dictionary (Title, Author, ...), from pdfinfo. */
export function pdfMetadata(pdf: Buffer): string {
  return withPdf(pdf, (file) => execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8', stdio: 'pipe' }) + execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: 'pipe' }));
}

/** qpdf --check: the file's structure (xref, objects, streams) is sound. Throws otherwise. */
export function qpdfCheck(pdf: Buffer): string {
  return withPdf(pdf, (file) => execFileSync('qpdf', ['--check', file], { encoding: 'utf8', stdio: 'pipe' }));
}

/** The text of one page (or all), from pdftotext. */
export function pdfText(pdf: Buffer, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return withPdf(pdf, (file) => execFileSync('pdftotext', [...range, '-layout', file, '-'], { encoding: 'utf8', stdio: 'pipe' }));
}

/** Every word on a page with its box in points (pdftotext -bbox). */
export function pdfWords(pdf: Buffer, page: number): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = withPdf(pdf, (file) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-'], { encoding: 'utf8', stdio: 'pipe' }));
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
  }));
}

/** Rasterises one page (pdftoppm) and decodes every QR code on it (zbarimg), as a scanner would. */
export function decodeQrCodes(pdf: Buffer, page: number, dpi = 300): string[] {
  return withPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', '-png', file, path.join(dir, 'page')], { stdio: 'pipe' });
    const image = readdirSync(dir).find((name) => name.endsWith('.png'));
    if (!image) throw new Error('pdftoppm wrote no image');
    try {
      const out = execFileSync('zbarimg', ['-q', '--raw', '-Sdisable', '-Sqrcode.enable', path.join(dir, image)], { encoding: 'utf8', stdio: 'pipe' });
      return out.split('\n').filter(Boolean);
    } catch (error) {
      // zbarimg exits 4 when it finds no code at all.
      if ((error as { status?: number }).status === 4) return [];
      throw error;
    }
  });
}

export const MM = 72 / 25.4;
