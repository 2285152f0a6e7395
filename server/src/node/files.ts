// Reading article files from disk for the server and the CLI: size limits, binary detection, UTF-8/UTF-16 decoding.
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

/** UTF-8 with or without BOM; UTF-16 files (with BOM) are decoded too; anything with NUL bytes is binary. */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.includes(0)) return { skipped: 'binary file' };
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
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
