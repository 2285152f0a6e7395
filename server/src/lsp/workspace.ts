// The articles of the workspace folders: discovery, classification, reading from disk or from open editors,
// sidecar files, and keeping the corpus index in step with edits and file events.
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { type ArticleRules, type Classification, classifyArticle, classifyByPath, isExcluded } from '../analysis/articleFiles';
import { Corpus, type CorpusOptions, type StoryDecisions } from '../analysis/corpus';
import { SIDECAR_DIR } from '../protocol';
import { pathToUri, readArticleFile, toRelative, uriToPath, walkFiles } from '../node/files';
import type { Settings, SettingsCache } from './settings';
import { type FolderSidecars, readFolderSidecars } from './sidecars';

export interface Folder {
  uri: string;
  path: string;
  sidecars: FolderSidecars;
}

export interface WorkspaceEvents {
  /** A file was classified (for the client's language switch and the status bar). */
  classified(uri: string, classification: Classification): void;
  /** Articles whose diagnostics may have changed. */
  changed(uris: Set<string>): void;
  /** A sidecar file had a problem the user should see. */
  problem(message: string): void;
}

/** Uses the file URI spelling Node produces, so the same file always has the same key. */
export function normalizeUri(uri: string): string {
  return uri.startsWith('file:') ? pathToUri(uriToPath(uri)) : uri;
}

export class ArticleWorkspace {
  folders: Folder[] = [];
  /** What was decided for each file seen, article or not. */
  readonly classifications = new Map<string, Classification>();

  constructor(
    public corpus: Corpus,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsCache,
    private readonly events: WorkspaceEvents,
  ) {}

  /** Starts from an empty corpus when options that shape the whole index (metonymy) changed; the caller re-indexes. */
  useCorpusOptions(options: CorpusOptions): void {
    if (options.metonymy === this.corpus.options.metonymy) return;
    this.corpus = new Corpus(options);
    this.applyFolderDecisions();
  }

  async setFolders(uris: string[]): Promise<void> {
    this.folders = await Promise.all(uris.map(async (uri) => {
      const folderPath = uriToPath(uri);
      return { uri: normalizeUri(uri), path: folderPath, sidecars: await readFolderSidecars(folderPath, this.events.problem) };
    }));
    this.applyFolderDecisions();
  }

  /**
   * Re-reads one folder's sidecars and applies the decisions in them. Returns what must be analysed again: every
   * article when the user's entity list changed, otherwise the articles whose entry in articles.json changed.
   */
  async reloadSidecars(folder: Folder): Promise<'all' | string[]> {
    const before = folder.sidecars;
    folder.sidecars = await readFolderSidecars(folder.path, this.events.problem);
    this.applyFolderDecisions();
    if (JSON.stringify(before.gazetteer) !== JSON.stringify(folder.sidecars.gazetteer)) return 'all';
    const changed: string[] = [];
    for (const field of ['articles', 'dates'] as const) {
      const [old, now] = [before.articles[field], folder.sidecars.articles[field]];
      for (const relative of new Set([...Object.keys(old), ...Object.keys(now)])) {
        if (old[relative] !== now[relative]) changed.push(pathToUri(path.join(folder.path, relative)));
      }
    }
    return changed;
  }

  private applyFolderDecisions(): void {
    // The first folder that has a decisions file wins; a deleted file clears its decisions.
    this.corpus.entities.setDecisions(this.folders.find((f) => f.sidecars.identity)?.sidecars.identity);
    this.corpus.conflicts.setDismissed(this.folders.find((f) => f.sidecars.dismissed)?.sidecars.dismissed);
    // Story decisions of every folder, their paths turned into the corpus's URIs.
    const stories: StoryDecisions = { with: new Map(), alone: new Set() };
    for (const folder of this.folders) {
      const uriOf = (relative: string) => normalizeUri(pathToUri(path.join(folder.path, relative)));
      for (const [article, target] of folder.sidecars.stories?.with ?? []) stories.with.set(uriOf(article), uriOf(target));
      for (const article of folder.sidecars.stories?.alone ?? []) stories.alone.add(uriOf(article));
    }
    this.corpus.setStoryDecisions(stories);
  }

  /** The open editor's document for a file, matched by normalised URI (clients spell URIs in their own way). */
  openDocument(uri: string): TextDocument | undefined {
    return this.documents.get(uri) ?? this.documents.all().find((d) => normalizeUri(d.uri) === uri);
  }

  folderOf(uri: string): Folder | undefined {
    const filePath = uriToPath(uri);
    return this.folders
      .filter((f) => filePath === f.path || filePath.startsWith(f.path + path.sep))
      .sort((a, b) => b.path.length - a.path.length)[0];
  }

  relativePath(uri: string): string {
    const folder = this.folderOf(uri);
    const filePath = uriToPath(uri);
    return folder ? toRelative(folder.path, filePath) : path.basename(filePath);
  }

  isSidecar(uri: string): Folder | undefined {
    const folder = this.folderOf(uri);
    return folder && this.relativePath(uri).startsWith(SIDECAR_DIR + '/') ? folder : undefined;
  }

  private async rules(folder: Folder | undefined): Promise<ArticleRules> {
    const settings: Settings = await this.settings.get(folder?.uri ?? '');
    return { include: settings.include, exclude: settings.exclude, overrides: folder?.sidecars.articles.articles ?? {} };
  }

  /** Every article in every folder, read from disk (or from the editor when open), yielding between files. */
  async indexAll(progress: (done: number, total: number) => void, isCancelled: () => boolean): Promise<void> {
    const candidates: string[] = [];
    for (const folder of this.folders) {
      const rules = await this.rules(folder);
      for await (const file of walkFiles(folder.path, (relative) => !isExcluded(relative + '/', rules))) {
        const uri = pathToUri(file);
        if (classifyByPath(toRelative(folder.path, file), rules)?.isArticle !== false) candidates.push(uri);
      }
    }
    const seen = new Set(candidates);
    for (const uri of [...this.corpus.all()].map((a) => a.uri)) if (!seen.has(uri) && !this.openDocument(uri)) this.corpus.remove(uri);
    for (let i = 0; i < candidates.length; i++) {
      if (isCancelled()) return;
      await this.refresh(candidates[i], { quiet: true });
      progress(i + 1, candidates.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Brings one file's entry up to date from the open editor or the disk: classify, analyse, or drop it.
   * Reports the articles whose diagnostics may have changed (the file and those it conflicts with, before and after).
   */
  async refresh(uri: string, options: { quiet?: boolean } = {}): Promise<Set<string>> {
    uri = normalizeUri(uri);
    const open = this.openDocument(uri);
    const folder = this.folderOf(uri);
    const relative = this.relativePath(uri);
    const rules = await this.rules(folder);
    const affected = new Set<string>([uri, ...this.conflictPartners(uri)]);
    let classification = classifyByPath(relative, rules);
    let text: string | undefined;
    if (classification?.isArticle !== false) {
      const read = open ? { text: open.getText() } : await readArticleFile(uriToPath(uri));
      if ('text' in read) {
        text = read.text;
        classification = classifyArticle(relative, text, rules);
      } else {
        classification = { isArticle: false, reason: read.skipped };
      }
    }
    this.classifications.set(uri, classification);
    if (classification.isArticle && text !== undefined) {
      this.corpus.set(uri, text, { gazetteer: folder?.sidecars.gazetteer, referenceDate: folder?.sidecars.articles.dates[relative] }, open?.version ?? 0);
    } else {
      this.corpus.remove(uri);
    }
    for (const partner of this.conflictPartners(uri)) affected.add(partner);
    this.events.classified(uri, classification);
    if (!options.quiet) this.events.changed(affected);
    return affected;
  }

  remove(uri: string): void {
    uri = normalizeUri(uri);
    const affected = new Set<string>([uri, ...this.conflictPartners(uri)]);
    this.classifications.delete(uri);
    if (this.corpus.remove(uri)) this.events.changed(affected);
  }

  private conflictPartners(uri: string): string[] {
    return this.corpus.conflictsFor(uri).flatMap((c) => [c.a.docId, c.b.docId]);
  }
}
