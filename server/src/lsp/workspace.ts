// The articles of the workspace folders: discovery, classification, reading from disk or from open editors,
// sidecar files, and keeping the corpus index in step with edits and file events.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { ArticleRules, Classification } from '../analysis/articleFiles';
import { Corpus, type CorpusOptions } from '../analysis/corpus';
import { SIDECAR_DIR } from '../protocol';
import type { AnalysisPool, Analyzer } from '../node/analysisPool';
import {
  applyDecisions, articleRules, type CacheLocation, candidateFiles, folderOf, isInside, loadArticle, openFolder, persistedSource, sourceLine, type WorkspaceFolder,
} from '../node/bootstrap';
import { inSlices, nextTurn } from '../node/backgroundTurns';
import { parseResolutions, readResolutionsFile, resolutionsFile, writeResolutions } from '../node/entityResolutions';
import { pathToUri, toRelative, uriToPath } from '../node/files';
import { articlesDigest, corpusKey } from '../node/storageFiles';
import type { SettingsCache } from './settings';

export type Folder = WorkspaceFolder;

export interface WorkspaceEvents {
  /** A file was classified (for the client's language switch and the status bar). */
  classified(uri: string, classification: Classification): void;
  /** Articles whose diagnostics may have changed. */
  changed(uris: Set<string>): void;
  /** A sidecar file had a problem the user should see. */
  problem(message: string): void;
}

/** The file a `file:` URI names; undefined for other schemes (untitled:, http:) and URIs no path can be made of. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return uriToPath(uri);
  } catch {
    return undefined;
  }
}

/** Uses the file URI spelling Node produces, so the same file always has the same key. */
export function normalizeUri(uri: string): string {
  const filePath = filePathOf(uri);
  return filePath === undefined ? uri : pathToUri(filePath);
}

/**
 * An open document's text for analysis. A client that sends a BOM counts it as the first character of line 0, while
 * the analysis drops a BOM: it becomes a space, so every offset stays where the client has it. A document opened
 * without text (a broken client) is read from disk instead.
 */
export function editorText(document: TextDocument): string | undefined {
  const text: unknown = document.getText();
  if (typeof text !== 'string') return undefined;
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/** Entity groups resolved in one step of the background pass (EntityIndex.settleSome); one takes microseconds to a few milliseconds. */
export const SETTLE_STEP = 4;
/** Kept entity resolutions taken from the last session whose reads are noted in one step (EntityIndex.registerSome). */
const REGISTER_STEP = 64;
/** Files whose persisted-index entries are checked at once (each a stat). */
const PEEK_BATCH = 64;

const NOT_A_FILE: Classification = { isArticle: false, reason: 'not a file on disk' };
const OUTSIDE: Classification = { isArticle: false, reason: 'outside the workspace folders' };

export class ArticleWorkspace {
  folders: Folder[] = [];
  /** What was decided for each file seen, article or not. */
  readonly classifications = new Map<string, Classification>();
  /** When each file was last brought up to date, counted in refreshes, so an index pass can skip the ones done meanwhile. */
  private readonly refreshedAt = new Map<string, number>();
  private refreshClock = 0;
  /** The newest load begun per file: an older one that finishes later changes nothing. */
  private readonly latestLoad = new Map<string, number>();
  private loadTickets = 0;
  /** Where each folder's persisted index is kept; none without a storage folder. */
  cacheLocation: CacheLocation | undefined;
  /** The latest write of the entity resolutions (resolveEntities), done or not. */
  private resolutionsWritten: Promise<void> = Promise.resolve();
  /** The key of the entity resolutions the file holds: taken from it or written to it in this session. */
  private keptResolutionsKey: string | undefined;
  /** Files an open, edit or request is loading now (on the pool, so an index pass may reach them meanwhile). */
  private readonly userLoads = new Set<string>();
  /** The last sourcesDigest and what it was made of: a pass asks for it for every key it writes or reads. */
  private digestOf: { corpus: Corpus; version: number; folders: Folder[]; open: string; digest: string | undefined } | undefined;

  constructor(
    public corpus: Corpus,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsCache,
    private readonly events: WorkspaceEvents,
    private readonly pool?: Pick<AnalysisPool, 'analyze' | 'lanes' | 'analysing'>,
  ) {}

  /** Starts from an empty corpus when options that shape the whole index (metonymy) changed; the caller re-indexes. */
  useCorpusOptions(options: CorpusOptions): void {
    if (options.metonymy === this.corpus.options.metonymy) return;
    this.corpus = new Corpus(options);
    applyDecisions(this.corpus, this.folders);
  }

  async setFolders(uris: string[]): Promise<void> {
    const paths = uris.map(filePathOf).filter((p): p is string => p !== undefined);
    this.folders = await Promise.all(paths.map((folderPath) => openFolder(folderPath, this.events.problem, this.cacheLocation)));
    applyDecisions(this.corpus, this.folders);
  }

  /**
   * Re-reads one folder's sidecars and applies the decisions in them. Returns what must be analysed again: every
   * article when the user's entity list changed, otherwise the articles whose entry in articles.json changed
   * (only those inside the folder: a key like "../elsewhere.txt" names nothing the server may read).
   */
  async reloadSidecars(folder: Folder): Promise<'all' | string[]> {
    const before = folder.sidecars;
    folder.sidecars = (await openFolder(folder.path, this.events.problem)).sidecars;
    applyDecisions(this.corpus, this.folders);
    if (JSON.stringify(before.gazetteer) !== JSON.stringify(folder.sidecars.gazetteer)) return 'all';
    const changed: string[] = [];
    for (const field of ['articles', 'dates'] as const) {
      const [old, now] = [before.articles[field], folder.sidecars.articles[field]];
      for (const relative of new Set([...Object.keys(old), ...Object.keys(now)])) {
        const filePath = path.resolve(folder.path, relative);
        if (old[relative] !== now[relative] && isInside(folder.path, filePath)) changed.push(pathToUri(filePath));
      }
    }
    return changed;
  }

  /** The open editor's document for a file, matched by normalised URI (clients spell URIs in their own way). */
  openDocument(uri: string): TextDocument | undefined {
    return this.documents.get(uri) ?? this.documents.all().find((d) => normalizeUri(d.uri) === uri);
  }

  folderOf(uri: string): Folder | undefined {
    const filePath = filePathOf(uri);
    return filePath === undefined ? undefined : folderOf(this.folders, filePath);
  }

  relativePath(uri: string): string {
    const folder = this.folderOf(uri);
    const filePath = filePathOf(uri) ?? uri;
    return folder ? toRelative(folder.path, filePath) : path.basename(filePath);
  }

  isSidecar(uri: string): Folder | undefined {
    const folder = this.folderOf(uri);
    return folder && this.relativePath(uri).startsWith(SIDECAR_DIR + '/') ? folder : undefined;
  }

  private async rules(folder: Folder | undefined): Promise<ArticleRules> {
    return articleRules(folder, await this.settings.get(folder?.uri ?? ''));
  }

  /** The URIs of every file in every folder that its path does not rule out as an article. */
  async candidates(): Promise<string[]> {
    const candidates: string[] = [];
    for (const folder of this.folders) {
      for await (const file of candidateFiles(folder, await this.rules(folder))) candidates.push(pathToUri(file));
    }
    return candidates;
  }

  /**
   * What the candidates' articles will be made from once indexed, as the folders' persisted indexes tell it before any
   * file or analysis is read: each article's sourceLine, and the sourcesDigest of them all, undefined when a file
   * cannot tell (it changed, is open with other text, or is new; its line is then missing too).
   */
  async persistedSources(candidates: readonly string[]): Promise<{ lines: Map<string, string>; digest: string | undefined }> {
    const lines = new Map<string, string>();
    let complete = true;
    for (let i = 0; i < candidates.length; i += PEEK_BATCH) {
      const batch = await Promise.all(candidates.slice(i, i + PEEK_BATCH).map(async (uri) => {
        const filePath = filePathOf(uri);
        const folder = this.folderOf(uri);
        if (filePath === undefined || !folder) return undefined;
        const source = await persistedSource(filePath, folder, await this.rules(folder));
        return source && this.sourceLine(uri, source);
      }));
      batch.forEach((line, n) => {
        if (line) lines.set(candidates[i + n], line);
        else if (line === undefined) complete = false;
      });
    }
    return { lines, digest: complete ? articlesDigest([...lines.values()]) : undefined };
  }

  /** Every candidate article (as candidates() found them), read from disk (or from the editor when open), yielding between files. */
  async indexAll(candidates: readonly string[], progress: (done: number, total: number) => void, isCancelled: () => boolean): Promise<void> {
    const seen = new Set(candidates);
    for (const uri of [...this.corpus.all()].map((a) => a.uri)) if (!seen.has(uri) && !this.openDocument(uri)) this.corpus.remove(uri);
    const passStarted = this.refreshClock;
    const keptFile = this.resolutionsFile();
    const kept = keptFile === undefined ? Promise.resolve(undefined) : readResolutionsFile(keptFile);
    let next = 0;
    let done = 0;
    // Files in flight (AnalysisPool.lanes): each core analyses one while this thread answers requests.
    const lane = async () => {
      while (next < candidates.length && !isCancelled()) {
        const uri = candidates[next++];
        // A file opened or asked about while the pass runs was analysed already, from the same settings.
        // A file being loaded for the user is left to that load: the pass's own would supersede it.
        if ((this.refreshedAt.get(uri) ?? 0) <= passStarted && !this.userLoads.has(uri)) await this.refresh(uri, { quiet: true, background: true, walked: true });
        // While the workers analyse, this thread waits on them: it links an article into its story meanwhile (most of
        // the pass after indexing), never otherwise, so a start from the persisted index is not held up by it.
        if ((this.pool?.analysing ?? 0) > 0) this.corpus.linkStories(1);
        progress(++done, candidates.length);
        await nextTurn();
      }
    };
    // While the articles come in, a hover does not resolve every entity added since the last one (Corpus.loading).
    this.corpus.loading = true;
    try {
      await Promise.all(Array.from({ length: this.pool?.lanes ?? 1 }, lane));
    } finally {
      this.corpus.loading = false;
    }
    if (isCancelled()) return;
    await this.resolveEntities(keptFile, await kept);
  }

  /**
   * Resolves the entity identities of the articles that came in: taken from the last session's when they were made
   * from the same articles and decisions (node/entityResolutions), else resolved now, in slices, not by the first
   * request or status count all at once, and kept for the next start. Resolving them after each article instead cost
   * 10% more CPU (1,000 articles: 21.0 vs 19.1 s), resolutions dropped again by the next articles; a request during
   * the pass resolves what it needs.
   */
  private async resolveEntities(file: string | undefined, kept: Buffer | undefined): Promise<void> {
    const entities = this.corpus.entities;
    // The key and the taking in one turn: an edit in between would change the groups the key was made of.
    const key = this.resolutionsKey();
    const log = this.cacheLocation?.log ?? (() => undefined);
    const parsed = kept && parseResolutions(kept, this.resolutionsSetupKey(), log);
    const toResolve = parsed ? entities.useResolutions(parsed.resolutions) : undefined;
    if (parsed && toResolve !== undefined) {
      log(`entity resolutions of ${parsed.resolutions.ids.size} names taken from the last session${parsed.articles === key ? '' : `, ${toResolve} names to resolve again (articles changed since)`}`);
      // What updates need of them is noted in the background: the first edit need not wait for it.
      void inSlices(() => entities.registerSome(REGISTER_STEP));
    }
    await inSlices(() => entities.settleSome(SETTLE_STEP));
    // A file of these very articles holds them already.
    if (key !== undefined && parsed?.articles === key && this.resolutionsKey() === key) this.keptResolutionsKey = key;
    // Written in the background (seconds at 10,000 articles, in slices): the pass is done without waiting for it.
    else if (file !== undefined) void this.keepResolutions();
  }

  /**
   * Writes the entity resolutions for the next start unless the file holds them already: after an index pass and at
   * shutdown, so an article changed after the pass does not make the next start resolve every name again. Writes are
   * queued one after the other; each settles what edits left unresolved and takes the key of the articles with the
   * copy of the maps, in one turn (an article that changed since is in them too: updates keep them as a fresh index
   * would have them).
   */
  keepResolutions(): Promise<void> {
    const file = this.resolutionsFile();
    const entities = this.corpus.entities;
    const log = this.cacheLocation?.log ?? (() => undefined);
    this.resolutionsWritten = this.resolutionsWritten
      .then(async () => {
        // Nothing while a pass still adds articles (a shutdown mid-pass): they would be some articles' only, and
        // settling them all would cost seconds of the shutdown; the pass's own end keeps them.
        if (file === undefined || this.corpus.entities !== entities || this.corpus.loading) return;
        await inSlices(() => entities.settleSome(SETTLE_STEP));
        const current = this.resolutionsKey();
        if (current === undefined || current === this.keptResolutionsKey) return;
        const state = entities.resolutions();
        await writeResolutions(file, { setup: this.resolutionsSetupKey(), articles: current }, state);
        this.keptResolutionsKey = current;
        log(`kept the entity resolutions of ${state.ids.size} names for the next start`);
      })
      .catch((e: unknown) => log(`the entity resolutions were not kept: ${(e as Error).message}`));
    return this.resolutionsWritten;
  }

  /** Where the entity resolutions of the open folders are kept; none without a storage folder. */
  private resolutionsFile(): string | undefined {
    const dir = this.cacheLocation?.dir;
    return dir === undefined ? undefined : resolutionsFile(dir, this.folders.map((f) => f.path));
  }

  /**
   * The key of what the entity resolutions are made from, the articles included, for telling whether the file holds
   * them already; undefined when some article's source is not known.
   */
  private resolutionsKey(): string | undefined {
    const sources = this.sourcesDigest();
    return sources && corpusKey(this.resolutionsSetup(), sources);
  }

  /** The key the file is written under: what the resolutions depend on beyond the articles, which the index compares itself. */
  private resolutionsSetupKey(): string {
    return corpusKey(this.resolutionsSetup(), '');
  }

  private resolutionsSetup(): unknown {
    const decisions = this.folders.find((f) => f.sidecars.identity)?.sidecars.identity;
    return { metonymy: this.corpus.options.metonymy ?? true, decisions: decisions ?? null };
  }

  /**
   * Brings one file's entry up to date from the open editor or the disk: classify, analyse, or drop it. Only files
   * inside a workspace folder are read from disk; an open editor's text is used wherever the file is.
   * Reports the articles whose diagnostics may have changed (the file and those it conflicts with, before and after).
   * Analysis runs on the worker pool, what the user opened or edited before the index pass's files, so a slow
   * article never holds up this thread; an aborted `signal` (a newer version arrived) stops it and changes nothing.
   */
  async refresh(uri: string, options: { quiet?: boolean; background?: boolean; walked?: boolean; signal?: AbortSignal } = {}): Promise<Set<string>> {
    uri = normalizeUri(uri);
    const open = this.openDocument(uri);
    const filePath = filePathOf(uri);
    const folder = this.folderOf(uri);
    // A quiet refresh (the index pass) tells no one what changed, so it does not ask the stories and conflicts
    // after every file: that would re-cluster the growing story of each article as it arrives.
    const partners = () => (options.quiet ? [] : this.conflictPartners(uri));
    const affected = new Set<string>([uri, ...partners()]);
    const ticket = ++this.loadTickets;
    this.latestLoad.set(uri, ticket);
    /** A refresh the user waits for (not the index pass's nor a sidecar's): its slices do not give way to background work. */
    const user = !options.quiet && !options.background;
    let classification: Classification | undefined;
    if (filePath === undefined) classification = NOT_A_FILE;
    else if (!open && !folder) classification = OUTSIDE;
    else {
      if (!options.background) this.userLoads.add(uri);
      try {
        classification = await loadArticle(this.corpus, filePath, folder, await this.rules(folder), {
          text: open && editorText(open), version: open?.version, walked: options.walked, analyze: this.analyzer(options), current: () => this.latestLoad.get(uri) === ticket && !options.signal?.aborted, user,
        });
      } finally {
        if (this.latestLoad.get(uri) === ticket) this.userLoads.delete(uri);
      }
    }
    // A newer refresh of the same file began while this one read or analysed: that one decides.
    if (!classification) return affected;
    if (!classification.isArticle) this.corpus.remove(uri);
    // Its story compared in slices (a large article's first comparison takes seconds), before its conflicts are read.
    else if (!options.quiet) await inSlices(() => !options.signal?.aborted && this.corpus.conflicts.compareSome(uri), { user });
    this.classifications.set(uri, classification);
    for (const partner of partners()) affected.add(partner);
    this.refreshedAt.set(uri, ++this.refreshClock);
    this.events.classified(uri, classification);
    if (!options.quiet) this.events.changed(affected);
    return affected;
  }

  private analyzer({ background, signal }: { background?: boolean; signal?: AbortSignal }): Analyzer | undefined {
    const pool = this.pool;
    return pool && ((text, options) => pool.analyze(text, options, { urgent: !background, signal }));
  }

  /**
   * The articlesDigest (node/storageFiles) of articleSources, for the keys of the files kept over the corpus; made
   * again only when an article, a folder or an open document changed since the last one (a pass asks for it up to
   * five times, each a walk of every article, a sort and a hash of their lines).
   */
  sourcesDigest(): string | undefined {
    const open = this.documents.all().map((d) => `${d.uri}\u0000${d.version}`).join('\u0000');
    const last = this.digestOf;
    if (last && last.corpus === this.corpus && last.version === this.corpus.version && last.folders === this.folders && last.open === open) return last.digest;
    const sources = this.articleSources();
    const digest = sources && articlesDigest(sources);
    this.digestOf = { corpus: this.corpus, version: this.corpus.version, folders: this.folders, open, digest };
    return digest;
  }

  /**
   * What every article's analysis was made from, one `uri, bytes hash, options` line each, for a key over the corpus;
   * undefined when some article was not read through a persisted index or is open with other text than its file's.
   */
  private articleSources(): string[] | undefined {
    const lines: string[] = [];
    for (const { uri } of this.corpus.all()) {
      const line = this.articleSource(uri);
      if (!line) return undefined;
      lines.push(line);
    }
    return lines;
  }

  /** One article's articleSources line; undefined when it is not known (see there). */
  articleSource(uri: string): string | undefined {
    const filePath = filePathOf(uri);
    const source = filePath === undefined ? undefined : this.folderOf(uri)?.cache?.sourceOf(filePath);
    return source && this.sourceLine(uri, source);
  }

  /** An article's articleSources line; undefined when it is open with other text than the file's (that text is what is analysed). */
  private sourceLine(uri: string, source: { hash: string; options: string }): string | undefined {
    const open = this.openDocument(uri);
    const text = open && editorText(open);
    if (text !== undefined && createHash('sha1').update(text).digest('hex') !== source.hash) return undefined;
    return sourceLine(uri, source.hash, source.options);
  }

  /** Forgets a deleted file; true when it was an article. */
  remove(uri: string): boolean {
    uri = normalizeUri(uri);
    const affected = new Set<string>([uri, ...this.conflictPartners(uri)]);
    this.classifications.delete(uri);
    if (!this.corpus.remove(uri)) return false;
    this.events.changed(affected);
    return true;
  }

  private conflictPartners(uri: string): string[] {
    return this.corpus.conflictsFor(uri).flatMap((c) => [c.a.docId, c.b.docId]);
  }
}
