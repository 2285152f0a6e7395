// What the files kept in the client's storage folder share (the persisted index, the entity resolutions, the
// diagnostics snapshot): one naming by the workspace folders they are of, one key over the articles a corpus-level
// file was made from, and one frame for the binary ones, which are checked, never trusted: a magic line first and a
// sha256 of everything before it last.
import { createHash, type Hash } from 'node:crypto';
import * as path from 'node:path';
import { analysisFingerprint } from './version';

/** The checksum's length at the end of a framed file. */
export const CHECKSUM_BYTES = 32;

/** The file `kind` (a name prefix such as `entities-`, or none) of a set of workspace folders in the storage folder `dir`. */
export function storageFile(dir: string, kind: string, folderPaths: readonly string[], extension: string): string {
  return path.join(path.resolve(dir), `${kind}${createHash('sha1').update(folderPaths.join('\u0000')).digest('hex').slice(0, 16)}.${extension}`);
}

/** The hash a framed file's checksum is made with, fed everything written before it. */
export function frameChecksum(): Hash {
  return createHash('sha256');
}

/**
 * What a framed file holds between its magic line and its checksum: 'not framed' when the bytes do not begin with the
 * magic line or are too short to hold `headerBytes` more and the checksum, 'corrupt' when the checksum does not hold
 * (the file is not whole, or changed).
 */
export function framedBody(data: Buffer, magic: Buffer, headerBytes = 0): Buffer | 'not framed' | 'corrupt' {
  if (data.length < magic.length + headerBytes + CHECKSUM_BYTES || !data.subarray(0, magic.length).equals(magic)) return 'not framed';
  const end = data.length - CHECKSUM_BYTES;
  return frameChecksum().update(data.subarray(0, end)).digest().equals(data.subarray(end)) ? data.subarray(magic.length, end) : 'corrupt';
}

/**
 * One digest of what a corpus's articles were made from (`uri, bytes hash, options` lines, in any order), so that a
 * pass keys several files by the articles while reading and sorting them once.
 */
export function articlesDigest(articles: readonly string[]): string {
  const hash = createHash('sha256');
  for (const line of [...articles].sort()) hash.update(line).update('\u0000');
  return hash.digest('hex');
}

/** One key (64 hex digits) for a corpus-level file: the build, what else it depends on (`setup`) and the articlesDigest. */
export function corpusKey(setup: unknown, articles: string): string {
  return createHash('sha256').update(analysisFingerprint()).update('\u0000').update(JSON.stringify(setup, plainValues)).update('\u0000').update(articles).digest('hex');
}

/** Maps and sets (story decisions) as arrays of their entries, so they count in the key. */
function plainValues(_: string, value: unknown): unknown {
  return value instanceof Map || value instanceof Set ? [...value] : value;
}
