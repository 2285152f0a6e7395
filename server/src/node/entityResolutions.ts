// The entity index's resolutions (EntityIndex.resolutions) kept for the next start of the same workspace folders, in
// the storage folder next to the persisted index: resolving every group is most of a start from the persisted index
// (2,000 articles: 2.8 of 5.6 s on the main thread). The file carries a key over what the resolutions depend on beyond
// the articles (the build, the metonymy setting, the identity decisions), what they read of the articles' names
// (IndexShape: the index that takes them resolves again what differs, an article added or changed since) and a
// checksum; one with another key, or that does not read, is not used: the groups are then resolved as usual.
import { promises as fs } from 'node:fs';
import * as v8 from 'node:v8';
import { type IndexShape, READ_KINDS, type ResolutionEntry, type Resolutions } from '../analysis/identity/entityIndex';
import { Slices } from './backgroundTurns';
import { removeAbandonedWrites, writeAtomically } from './files';
import { frameChecksum, framedBody, storageFile } from './storageFiles';

const MAGIC = Buffer.from('crosscheck-entities\n');
const KEY_BYTES = 64;
/** Entries encoded, and bytes hashed, between two looks at the clock while writing. */
const ENCODE_STEP = 256;
const HASH_STEP = 1 << 20;

/** The resolutions file of a set of workspace folders in the storage folder `dir`. */
export function resolutionsFile(dir: string, folderPaths: readonly string[]): string {
  return storageFile(dir, 'entities-', folderPaths, 'bin');
}

/**
 * The file's bytes, read ahead of knowing the key; undefined when there is none or it cannot be read. Temporary files
 * of writes that never finished are removed first.
 */
export async function readResolutionsFile(file: string): Promise<Buffer | undefined> {
  await removeAbandonedWrites(file);
  return fs.readFile(file).catch(() => undefined);
}

/**
 * The keys a file is written under: what the resolutions depend on beyond the articles (a file is taken only under the
 * same), and what they were made from, the articles included (a file of other articles is taken and brought up to
 * date by the index: EntityIndex.useResolutions). Each a sha256 in hex.
 */
export interface ResolutionsKeys {
  setup: string;
  articles: string;
}

/**
 * The resolutions in the file's bytes, and the key of the articles they were made from, when they were made under the
 * `setup` key and read whole; otherwise undefined, with why in `log` (nothing for a file of another setup: the
 * decisions or the build changed since).
 */
export function parseResolutions(data: Buffer, setup: string, log: (message: string) => void): { resolutions: Resolutions; articles: string } | undefined {
  // The key first, and silently: a file of another key is not worth hashing.
  if (data.toString('latin1', MAGIC.length, MAGIC.length + KEY_BYTES) !== setup) return undefined;
  const body = framedBody(data, MAGIC, 2 * KEY_BYTES);
  if (typeof body === 'string') {
    log(`discarded the kept entity resolutions: ${body === 'not framed' ? 'not a Crosscheck file' : 'truncated or corrupt (checksum mismatch)'}`);
    return undefined;
  }
  try {
    return { resolutions: decode(v8.deserialize(body.subarray(2 * KEY_BYTES)) as Encoded), articles: body.toString('latin1', KEY_BYTES, 2 * KEY_BYTES) };
  } catch (e) {
    log(`discarded the kept entity resolutions: they do not read (${(e as Error).message})`);
    return undefined;
  }
}

/**
 * Writes the resolutions under the keys. Their maps are copied at once (they change with the next update; the entries
 * themselves never do), then encoded and hashed in slices that let requests in: encoding 10,000 articles' at once held
 * this thread 2.2-2.6 s.
 */
export async function writeResolutions(file: string, keys: ResolutionsKeys, resolutions: Resolutions): Promise<void> {
  const header = Buffer.from(`${keys.setup}${keys.articles}`, 'latin1');
  if (![keys.setup, keys.articles].every((key) => Buffer.byteLength(key, 'latin1') === KEY_BYTES)) throw new Error(`a resolutions key is ${KEY_BYTES} hex digits`);
  const entryKeys: string[] = [];
  const entries: ResolutionEntry[] = [];
  for (const [entryKey, entry] of resolutions.entries) {
    entryKeys.push(entryKey);
    entries.push(entry);
  }
  const copy = { shape: resolutions.shape, ids: new Map(resolutions.ids), entryKeys, entries };
  const slices = new Slices();
  const body = Buffer.concat([MAGIC, header, v8.serialize(await encode(copy, slices))]);
  const checksum = frameChecksum();
  for (let at = 0; at < body.length; at += HASH_STEP) {
    checksum.update(body.subarray(at, at + HASH_STEP));
    await slices.maybeTurn();
  }
  await writeAtomically(file, Buffer.concat([body, checksum.digest()]));
}

/**
 * Resolutions as a table of the strings they name (each once: the same names recur in thousands of reads) and integer
 * columns over it. Half the bytes of the maps as they are, and read in a tenth of the time (2,000 articles: 24 MB
 * deserialised in 490 ms on a loaded machine). Who read and used what is not written: the index notes it again from
 * the entries (EntityIndex.registerSome).
 */
interface Encoded {
  /** The strings, one after the other, and their lengths. */
  names: string;
  lengths: Int32Array;
  /** Pairs of group key and entity id. */
  ids: Int32Array;
  /** Pairs of group key and signature (IndexShape). */
  signatures: Int32Array;
  /** Per alias: the alias, the count and its user groups. */
  aliases: Int32Array;
  /**
   * Per entry: its key; -1 and the root, or the count and the candidates; per read kind the count and the reads; the
   * count and the entries it used.
   */
  entries: Int32Array;
}

async function encode(
  resolutions: { shape: IndexShape; ids: ReadonlyMap<string, string>; entryKeys: readonly string[]; entries: readonly ResolutionEntry[] },
  slices: Slices,
): Promise<Encoded> {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const at = (name: string): number => {
    let n = numbers.get(name);
    if (n === undefined) numbers.set(name, (n = names.push(name) - 1));
    return n;
  };
  const entries = new IntColumn();
  const list = (items: readonly string[] = [], column = entries): void => {
    column.push(items.length);
    for (const item of items) column.push(at(item));
  };
  const ids = new IntColumn();
  let counted = 0;
  for (const [key, id] of resolutions.ids) {
    if (counted++ % ENCODE_STEP === 0) await slices.maybeTurn();
    ids.push(at(key), at(id));
  }
  const signatures = new IntColumn();
  for (const [key, signature] of resolutions.shape.signatures) {
    if (counted++ % ENCODE_STEP === 0) await slices.maybeTurn();
    signatures.push(at(key), at(signature));
  }
  const aliases = new IntColumn();
  for (const [alias, users] of resolutions.shape.aliases) {
    if (counted++ % ENCODE_STEP === 0) await slices.maybeTurn();
    aliases.push(at(alias));
    list(users, aliases);
  }
  for (const [n, { resolution, reads, uses }] of resolutions.entries.entries()) {
    if (n % ENCODE_STEP === 0) await slices.maybeTurn();
    entries.push(at(resolutions.entryKeys[n]));
    if ('root' in resolution) entries.push(-1, at(resolution.root));
    else list(resolution.candidates);
    for (const kind of READ_KINDS) list(reads[kind]);
    list(uses);
  }
  return {
    names: names.join(''), lengths: Int32Array.from(names, (n) => n.length), ids: ids.values(), signatures: signatures.values(), aliases: aliases.values(), entries: entries.values(),
  };
}

/** An Int32Array that grows as numbers are pushed (a number[] and Int32Array.from of it cost twice the memory and a copy). */
class IntColumn {
  private data = new Int32Array(1024);
  private length = 0;

  push(...numbers: number[]): void {
    if (this.length + numbers.length > this.data.length) {
      const grown = new Int32Array(Math.max(2 * this.data.length, this.length + numbers.length));
      grown.set(this.data);
      this.data = grown;
    }
    for (const n of numbers) this.data[this.length++] = n;
  }

  values(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * The resolutions an Encoded holds; throws when it does not read as one. The whole is checked at once, without
 * making anything; the entries are made one by one as the index takes them (making all 22,000 of 2,000 articles at
 * once took 150-450 ms, most of it collecting garbage, before the start could be ready).
 */
function decode(encoded: Encoded): Resolutions {
  const { names, lengths, ids, signatures, aliases, entries } = encoded;
  if (typeof names !== 'string' || ![lengths, ids, signatures, aliases, entries].every((a) => a instanceof Int32Array)) throw new Error('not resolutions');
  const table: string[] = [];
  let position = 0;
  for (const length of lengths) table.push(names.slice(position, (position += length)));
  if (position !== names.length || ids.length % 2 !== 0 || signatures.length % 2 !== 0) throw new Error('the names do not add up');
  const inRange = (n: number): boolean => n >= 0 && n < table.length;
  if (!ids.every(inRange) || !signatures.every(inRange)) throw new Error('an id out of range');
  checkEntries(entries, inRange);
  return { shape: { signatures: pairsOf(signatures, table), aliases: aliasesOf(aliases, table, inRange) }, ids: pairsOf(ids, table), entries: entriesOf(entries, table) };
}

/** A column of pairs of names as a map. */
function pairsOf(pairs: Int32Array, table: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < pairs.length; i += 2) map.set(table[pairs[i]], table[pairs[i + 1]]);
  return map;
}

/** The alias column as a map of each alias to its users, checking every count and name; throws at the first that does not hold. */
function aliasesOf(column: Int32Array, table: readonly string[], inRange: (n: number) => boolean): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (let cursor = 0; cursor < column.length; ) {
    const [alias, count] = [column[cursor], column[cursor + 1]];
    cursor += 2;
    if (!inRange(alias) || !(count >= 0) || cursor + count > column.length) throw new Error('an alias runs past the end');
    const users = Array.from(column.subarray(cursor, (cursor += count)), (n) => {
      if (!inRange(n)) throw new Error('a name out of range');
      return table[n];
    });
    aliases.set(table[alias], users);
  }
  return aliases;
}

/** Walks the entry column as entriesOf reads it, checking every count and name; throws at the first that does not hold. */
function checkEntries(entries: Int32Array, inRange: (n: number) => boolean): void {
  let cursor = 0;
  const names = (count: number): void => {
    if (count < 0 || cursor + count > entries.length) throw new Error('a list runs past the end');
    for (let i = 0; i < count; i++) if (!inRange(entries[cursor++])) throw new Error('a name out of range');
  };
  while (cursor < entries.length) {
    names(1);
    const count = entries[cursor++];
    names(count === -1 ? 1 : count);
    for (let list = 0; list <= READ_KINDS.length; list++) {
      if (cursor >= entries.length) throw new Error('an entry runs past the end');
      names(entries[cursor++]);
    }
  }
}

/** The entries of a column checkEntries passed, made as they are asked for. */
function* entriesOf(entries: Int32Array, table: readonly string[]): Generator<[string, ResolutionEntry]> {
  let cursor = 0;
  const list = (count = entries[cursor++]): string[] => {
    const items = new Array<string>(count);
    for (let i = 0; i < count; i++) items[i] = table[entries[cursor++]];
    return items;
  };
  while (cursor < entries.length) {
    const entryKey = table[entries[cursor++]];
    const count = entries[cursor++];
    const resolution = count === -1 ? { root: table[entries[cursor++]] } : { candidates: list(count) };
    const reads: ResolutionEntry['reads'] = {};
    for (const kind of READ_KINDS) {
      const read = list();
      if (read.length > 0) reads[kind] = read;
    }
    const uses = list();
    yield [entryKey, { resolution, reads, ...(uses.length > 0 ? { uses } : {}) }];
  }
}
