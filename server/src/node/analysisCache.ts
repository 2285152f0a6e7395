// The persisted index of one workspace folder: each article's analysis (as node/analysisRecords stores it) with the
// file's size, modification time and content hash, so that a second start reads analyses instead of making them. One
// file per folder in the storage folder the client gives; it is used only when it was written by the same build
// (analysisFingerprint) for the same folder and its checksum holds: anything else is discarded with a log line. An
// entry is used only when the file's size and time match (or, when only the time differs, its content hash) and the
// analysis options are the same. Written after indexing, debounced, to a temporary file renamed into place; an entry
// unchanged since the file this process last wrote or read is copied from that file's bytes, not encoded again.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { type Classification, MAX_ARTICLE_BYTES } from '../analysis/articleFiles';
import { isPlainObject, parseJsonObject } from '../analysis/jsonObject';
import type { DocumentAnalysis } from '../analysis/types';
import { decodeAnalysis, encodeAnalysis } from './analysisRecords';
import { decodeArticle, readArticleFile, type ReadResult, removeAbandonedWrites } from './files';
import { Slices } from './backgroundTurns';
import { frameChecksum, framedBody, storageFile } from './storageFiles';
import { analysisFingerprint } from './version';

const MAGIC = Buffer.from('crosscheck-index\n');
/** After the last change, how long the cache waits before writing: a burst of saves writes once. */
const WRITE_DELAY_MS = 2000;
/** A file changed this recently may change again within the same clock tick: its time alone is not trusted next time. */
const RACY_MS = 2000;
/**
 * How long a file's stat taken by peek() stands in for the one read() would take: a start peeks at every file, then
 * reads them all within seconds (a second stat a file was a seventh of a start from the persisted index). A change
 * after either is the file watcher's to report.
 */
const PEEKED_STAT_MS = 60_000;

interface EntryMeta {
  size: number;
  mtimeMs: number;
  /** sha1 of the file's bytes. */
  hash: string;
  /** The analysis options (entity list, date override) the analysis was made with. */
  options: string;
  /** What the text alone says about being an article (classifyText). */
  textClass: Classification;
  /** Written within RACY_MS of the file's time: checked by hash, not time. */
  racy: boolean;
}

/** An entry with neither (a file whose text says it is no article) keeps only what its text was classified as. */
interface Entry extends EntryMeta {
  analysis?: DocumentAnalysis;
  /** The analysis as read from disk, deserialised when first used. */
  bytes?: Uint8Array;
  /**
   * Where the entry's two records (meta and analysis) lie in the file last written or read, while it is the same:
   * a rewrite copies them from there. Encoding every analysis again was most of a rewrite's CPU (about 0.12 ms an
   * article, 1.2 s of the thread that answers requests at 10,000 articles, after every edit).
   */
  at?: { offset: number; length: number };
}

/** The file an entry's `at` points into: its inode, size and time when this process wrote or read it. */
interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

const sameFile = (a: FileIdentity, b: FileIdentity): boolean => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** The most bytes copied from the old file in one read. */
const MAX_COPY_BYTES = 1 << 20;

/** The analysis record of a file that is no article. */
const NO_ANALYSIS = new Uint8Array(0);

/** A cached analysis, or the file as read with a way to remember its analysis (none for a file that is no article). */
export type CachedRead =
  | { hit: { analysis: DocumentAnalysis; textClass: Classification } }
  | { read: ReadResult; remember?: (textClass: Classification, analysis?: DocumentAnalysis) => void };

const open = new Map<string, Promise<AnalysisCache>>();

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Files looked up or stored in this session: only these are written (the others were deleted or are no articles). */
  private readonly live = new Set<string>();
  /** The stats peek() took, with when, each used by the next read() of its file. */
  private readonly peeked = new Map<string, { stat: Stats; at: number }>();
  private dirty = false;
  private writable = false;
  /** Analyses reused and made since the last `settled()`, for its log line. */
  private reused = 0;
  private made = 0;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** The file as this process last wrote or read it, which the entries' `at` point into. */
  private written: FileIdentity | undefined;

  private constructor(readonly file: string, readonly folderPath: string, private readonly log: (message: string) => void) {}

  /** The cache of a folder in `dir`, read once per process and shared by every later open. */
  static open(dir: string, folderPath: string, log: (message: string) => void): Promise<AnalysisCache> {
    const file = storageFile(dir, '', [folderPath], 'index');
    let cache = open.get(file);
    if (!cache) {
      const created = new AnalysisCache(file, folderPath, log);
      open.set(file, (cache = created.load().then(() => created)));
    }
    return cache;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The file's cached analysis when it is still valid; otherwise the file read from disk. */
  async read(filePath: string, options: string): Promise<CachedRead> {
    const stat = this.peekedStat(filePath) ?? (await fs.stat(filePath).catch(() => undefined));
    // Files that cannot be articles are left to the plain read, which says why.
    if (!stat?.isFile() || stat.size > MAX_ARTICLE_BYTES) return { read: await readArticleFile(filePath) };
    this.live.add(filePath);
    const entry = this.entries.get(filePath);
    const usable = entry !== undefined && entry.size === stat.size && entry.options === options;
    if (usable && !entry.racy && entry.mtimeMs === stat.mtimeMs) {
      const hit = this.take(filePath, entry);
      if (hit) return { hit };
    }
    const bytes = await fs.readFile(filePath).catch(() => undefined);
    if (!bytes) return { read: await readArticleFile(filePath) };
    const hash = createHash('sha1').update(bytes).digest('hex');
    if (usable && entry.hash === hash) {
      const hit = this.take(filePath, entry);
      if (hit) {
        Object.assign(entry, { mtimeMs: stat.mtimeMs, racy: isRacy(stat), at: undefined });
        this.changed();
        return { hit };
      }
    }
    return {
      read: decodeArticle(bytes),
      remember: (textClass, analysis) => {
        // A file that is still no article, as its entry says, leaves nothing to write, unless its time can be trusted
        // now: else its entry stays racy, and every later start, unable to tell the workspace by times alone, neither
        // shows the last session's diagnostics at once nor stops reading the file.
        if (!analysis && usable && entry.hash === hash && entry.mtimeMs === stat.mtimeMs && !entry.analysis && !entry.bytes) {
          if (entry.racy && !isRacy(stat)) {
            entry.racy = false;
            entry.at = undefined;
            this.changed();
          }
          return;
        }
        this.entries.set(filePath, { size: stat.size, mtimeMs: stat.mtimeMs, hash, options, textClass, racy: isRacy(stat), ...(analysis ? { analysis } : {}) });
        if (analysis) this.made++;
        this.changed();
      },
    };
  }

  /**
   * What the entry of a file says without reading the file (its bytes' hash and what its text alone says about being
   * an article), when its size, time and analysis options still match and its time can be trusted; 'too large' for a
   * file never read (readArticleFile), so no article; else undefined. For showing the last session's diagnostics
   * before any analysis is read: the full read checks them afterwards.
   */
  async peek(filePath: string, options: string): Promise<{ hash: string; textClass: Classification } | 'too large' | undefined> {
    const stat = await fs.stat(filePath).catch(() => undefined);
    if (stat) this.peeked.set(filePath, { stat, at: Date.now() });
    if (stat?.isFile() && stat.size > MAX_ARTICLE_BYTES) return 'too large';
    const entry = this.entries.get(filePath);
    if (!entry || entry.racy || entry.options !== options || !stat?.isFile() || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) return undefined;
    return { hash: entry.hash, textClass: entry.textClass };
  }

  /**
   * What the file's analysis was last made from in this session (its bytes' hash and the analysis options), for a key
   * over a whole corpus; undefined for a file not read through this cache.
   */
  sourceOf(filePath: string): { hash: string; options: string } | undefined {
    const entry = this.live.has(filePath) ? this.entries.get(filePath) : undefined;
    return entry && { hash: entry.hash, options: entry.options };
  }

  /**
   * From now on changes are written (debounced): called once an index pass has visited every file, since only the
   * files visited are written. Logs how many analyses the pass reused.
   */
  settled(): void {
    this.log(`persisted index of ${this.folderPath}: ${this.reused} analyses reused, ${this.made} made`);
    this.reused = this.made = 0;
    this.peeked.clear();
    // Entries of files the pass did not meet are never written: dropped, they no longer hold the bytes read at start.
    for (const filePath of this.entries.keys()) if (!this.live.has(filePath)) this.entries.delete(filePath);
    this.writable = true;
    if (this.dirty) this.writeLater();
  }

  /** Writes pending changes now, once settled, and waits for it (the CLI before it exits, the server at shutdown). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.writable && this.dirty) await this.enqueueWrite();
    await this.writing;
  }

  /** The stat peek() took of the file, once, while recent enough. */
  private peekedStat(filePath: string): Stats | undefined {
    const peeked = this.peeked.get(filePath);
    if (!peeked) return undefined;
    this.peeked.delete(filePath);
    return Date.now() - peeked.at <= PEEKED_STAT_MS ? peeked.stat : undefined;
  }

  private take(filePath: string, entry: Entry): { analysis: DocumentAnalysis; textClass: Classification } | undefined {
    if (!entry.analysis && !entry.bytes) return undefined;
    this.reused++;
    if (!entry.analysis && entry.bytes) {
      try {
        entry.analysis = decodeAnalysis(entry.bytes);
      } catch (e) {
        this.log(`the persisted analysis of ${filePath} does not read (${(e as Error).message}); analysing it again`);
        this.entries.delete(filePath);
        this.reused--;
        return undefined;
      }
      entry.bytes = undefined;
    }
    return entry.analysis && { analysis: entry.analysis, textClass: entry.textClass };
  }

  private changed(): void {
    this.dirty = true;
    if (this.writable) this.writeLater();
  }

  private writeLater(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.enqueueWrite(), WRITE_DELAY_MS);
    this.timer.unref();
  }

  private enqueueWrite(): Promise<void> {
    this.dirty = false;
    this.writing = this.writing.then(() => this.write()).catch((e: unknown) => this.log(`the persisted index ${this.file} was not written: ${(e as Error).message}`));
    return this.writing;
  }

  /**
   * Streams the live entries to a temporary file in batches (hashing as it goes), then renames it into place. Entries
   * whose records lie in the old file, still the one this process last wrote or read, are copied from it in runs.
   */
  private async write(): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    const checksum = frameChecksum();
    const old = await this.openWritten();
    const out = await fs.open(temporary, 'w');
    try {
      let batch: Buffer[] = [MAGIC, lengthPrefixed(Buffer.from(JSON.stringify({ fingerprint: analysisFingerprint(), folder: this.folderPath })))];
      let position = batch[0].length + batch[1].length;
      /** Where each entry's records lie in the new file, with the entry as it was written. */
      const placed: Array<{ entry: Entry; at: { offset: number; length: number }; meta: EntryMeta }> = [];
      /** The old file's bytes [from, to) still to copy, before anything else is added. */
      let run: { from: number; to: number } | undefined;
      const copyRun = async () => {
        if (!run || !old) return;
        const bytes = Buffer.allocUnsafe(run.to - run.from);
        const { bytesRead } = await old.read(bytes, 0, bytes.length, run.from);
        if (bytesRead !== bytes.length) throw new Error('the previous index file ended early');
        batch.push(bytes);
        run = undefined;
      };
      const writeBatch = async () => {
        await copyRun();
        const bytes = Buffer.concat(batch);
        batch = [];
        checksum.update(bytes);
        await out.write(bytes);
      };
      const slices = new Slices();
      for (const [filePath, entry] of this.entries) {
        if (!this.live.has(filePath)) continue;
        const { size, mtimeMs, hash, options, textClass, racy, at } = entry;
        const meta: EntryMeta = { size, mtimeMs, hash, options, textClass, racy };
        if (old && at) {
          if (run && run.to === at.offset && run.to - run.from + at.length <= MAX_COPY_BYTES) run.to += at.length;
          else {
            await copyRun();
            run = { from: at.offset, to: at.offset + at.length };
          }
          placed.push({ entry, at: { offset: position, length: at.length }, meta });
          position += at.length;
        } else {
          await copyRun();
          const analysis = entry.bytes ?? (entry.analysis ? encodeAnalysis(entry.analysis) : NO_ANALYSIS);
          const records = [lengthPrefixed(Buffer.from(JSON.stringify({ path: filePath, ...meta }))), lengthPrefixed(Buffer.from(analysis.buffer, analysis.byteOffset, analysis.byteLength))];
          const length = records[0].length + records[1].length;
          batch.push(...records);
          placed.push({ entry, at: { offset: position, length }, meta });
          position += length;
        }
        // Between batches the event loop turns: requests are answered while a large index is written (a batch of a
        // fixed 200 entries held them up 11-13 ms at 2,000 articles).
        if (slices.due()) {
          await writeBatch();
          await slices.turn();
        }
      }
      await writeBatch();
      await out.write(checksum.digest());
      const identity = await out.stat();
      await out.close();
      await fs.rename(temporary, this.file);
      this.written = identity;
      // An entry changed while it was written (a new time) is encoded next time.
      for (const { entry, at, meta } of placed) entry.at = sameMeta(entry, meta) ? at : undefined;
    } catch (e) {
      await out.close().catch(() => undefined);
      await fs.rm(temporary, { force: true });
      // Whatever went wrong, the next write encodes every entry.
      this.written = undefined;
      throw e;
    } finally {
      await old?.close().catch(() => undefined);
    }
  }

  /** The index file, when it is still the one this process last wrote or read (no other process replaced it). */
  private async openWritten(): Promise<fs.FileHandle | undefined> {
    if (!this.written) return undefined;
    const handle = await fs.open(this.file, 'r').catch(() => undefined);
    const stat = await handle?.stat().catch(() => undefined);
    if (handle && stat && sameFile(stat, this.written)) return handle;
    await handle?.close().catch(() => undefined);
    this.written = undefined;
    return undefined;
  }

  private async load(): Promise<void> {
    await removeAbandonedWrites(this.file);
    let data: Buffer;
    let identity: FileIdentity;
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(this.file, 'r');
      identity = await handle.stat();
      data = await handle.readFile();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.log(`the persisted index ${this.file} cannot be read (${(e as NodeJS.ErrnoException).code}); indexing from scratch`);
      return;
    } finally {
      await handle?.close().catch(() => undefined);
    }
    const problem = this.parse(data);
    if (problem) {
      this.entries.clear();
      this.log(`discarded the persisted index ${this.file}: ${problem}; indexing from scratch`);
    } else this.written = identity;
  }

  /** Fills the entries from the file's bytes; returns why the file cannot be used, or undefined. */
  private parse(data: Buffer): string | undefined {
    const body = framedBody(data, MAGIC);
    if (body === 'not framed') return 'not a Crosscheck index';
    if (body === 'corrupt') return 'truncated or corrupt (checksum mismatch)';
    const reader = new RecordReader(body);
    const header = parseObject(reader.next());
    if (!header) return 'no header';
    if (header.fingerprint !== analysisFingerprint()) return `made by another version (${String(header.fingerprint)})`;
    if (header.folder !== this.folderPath) return 'made for another folder';
    while (!reader.done) {
      const offset = MAGIC.length + reader.offset;
      const meta = parseObject(reader.next());
      const analysis = reader.next();
      if (!meta || !analysis || !isEntryMeta(meta)) return 'an entry does not read';
      const { size, mtimeMs, hash, options, textClass, racy } = meta;
      const at = { offset, length: MAGIC.length + reader.offset - offset };
      this.entries.set(meta.path, { size, mtimeMs, hash, options, textClass, racy, at, ...(analysis.length > 0 ? { bytes: analysis } : {}) });
    }
    return undefined;
  }
}

/** Whether the entry still has the meta it was written with (read() may give it a new time meanwhile). */
function sameMeta(entry: Entry, meta: EntryMeta): boolean {
  return entry.size === meta.size && entry.mtimeMs === meta.mtimeMs && entry.hash === meta.hash && entry.options === meta.options && entry.textClass === meta.textClass && entry.racy === meta.racy;
}

function isRacy(stat: Stats): boolean {
  return Date.now() - stat.mtimeMs < RACY_MS;
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** Length-prefixed records one after the other; undefined for one that runs past the end. */
class RecordReader {
  constructor(private readonly data: Buffer, public offset = 0) {}

  get done(): boolean {
    return this.offset >= this.data.length;
  }

  next(): Buffer | undefined {
    if (this.offset + 4 > this.data.length) return undefined;
    const length = this.data.readUInt32LE(this.offset);
    const start = this.offset + 4;
    if (start + length > this.data.length) return undefined;
    this.offset = start + length;
    return this.data.subarray(start, start + length);
  }
}

function parseObject(bytes: Buffer | undefined): Record<string, unknown> | undefined {
  if (!bytes) return undefined;
  const parsed = parseJsonObject(bytes.toString('utf8'));
  return 'object' in parsed ? parsed.object : undefined;
}

function isEntryMeta(value: Record<string, unknown>): value is EntryMeta & Record<string, unknown> & { path: string } {
  const textClass = value.textClass;
  return typeof value.path === 'string' && typeof value.size === 'number' && typeof value.mtimeMs === 'number' && typeof value.hash === 'string'
    && typeof value.options === 'string' && typeof value.racy === 'boolean'
    && isPlainObject(textClass) && typeof textClass.isArticle === 'boolean' && typeof textClass.reason === 'string';
}
