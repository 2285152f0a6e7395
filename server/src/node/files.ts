// Reading article files from disk for the server and the CLI: size limits, binary detection, UTF-8/UTF-16 decoding;
// and writing Crosscheck's own files (sidecars, the diagnostics snapshot) atomically.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_ARTICLE_BYTES } from '../analysis/articleFiles';

export type ReadResult = { text: string } | { skipped: string };

export async function readArticleFile(filePath: string): Promise<ReadResult> {
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return { skipped: 'not a regular file' };
    if (stat.size > MAX_ARTICLE_BYTES) return { skipped: tooLarge(stat.size) };
    const bytes = await fs.readFile(filePath);
    return decodeArticle(bytes);
  } catch (e) {
    return { skipped: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

export function tooLarge(size: number): string {
  return `too large to be an article (${(size / 1e6).toFixed(1)} MB; limit ${MAX_ARTICLE_BYTES / 1e6} MB)`;
}

/**
 * UTF-8 with or without BOM; UTF-16 with a BOM, or without one when its zero bytes fall in every other place (ASCII
 * text in UTF-16); text that is not valid UTF-8 is Windows-1252 (the Latin-1 superset older newsroom systems write).
 * Other bytes with NULs are binary.
 */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.includes(0)) {
    const encoding = utf16WithoutBom(bytes);
    return encoding ? { text: new TextDecoder(encoding).decode(bytes) } : { skipped: 'binary file' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

/** Share of zero bytes in the odd (little-endian) or even (big-endian) places above which a BOM-less file is UTF-16. */
const UTF16_ZERO_SHARE = 0.3;
/** Share of zero bytes tolerated in the other places (characters whose both bytes are zero: NUL itself). */
const UTF16_STRAY_ZEROS = 0.02;

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const pairs = Math.min(bytes.length, 8192) / 2;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) zeroLow++;
    if (bytes[i + 1] === 0) zeroHigh++;
  }
  if (zeroHigh >= pairs * UTF16_ZERO_SHARE && zeroLow <= pairs * UTF16_STRAY_ZEROS) return 'utf-16le';
  if (zeroLow >= pairs * UTF16_ZERO_SHARE && zeroHigh <= pairs * UTF16_STRAY_ZEROS) return 'utf-16be';
  return undefined;
}

/** Every file under a folder whose relative path passes the filter; folders the filter rejects are not entered. */
export async function* walkFiles(root: string, enterFolder: (relative: string) => boolean): AsyncGenerator<string> {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : -1));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const relative = toRelative(root, full);
      if (entry.isDirectory()) {
        if (enterFolder(relative)) pending.push(full);
      } else if (entry.isFile()) {
        yield full;
      }
    }
  }
}

export function toRelative(root: string, full: string): string {
  return path.relative(root, full).split(path.sep).join('/');
}

export const uriToPath = (uri: string): string => fileURLToPath(uri);
export const pathToUri = (filePath: string): string => pathToFileURL(filePath).href;

/** How old a temporary file must be to count as a write that never finished (a server killed while writing). */
const ABANDONED_WRITE_MS = 10 * 60 * 1000;

/** Removes the temporary files of writes to `file` that never finished, leaving any young enough to be in progress. */
export async function removeAbandonedWrites(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.`;
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))) {
    const temporary = path.join(path.dirname(file), name);
    const stat = await fs.stat(temporary).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > ABANDONED_WRITE_MS) await fs.rm(temporary, { force: true });
  }
}

/** Writes beside the file under a name no other writer uses, syncs, renames over it; removes the temporary file on failure. */
export async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (e) {
    await fs.rm(temporary, { force: true });
    throw e;
  }
}
