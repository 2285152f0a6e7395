// The one way a workspace becomes a corpus, shared by the server, the CLI and the eval: folders with their
// `.crosscheck/` sidecars, the article rules, which files are articles, and each article analysed with the
// folder's entity list and article dates, the identity decisions and dismissals applied to the whole corpus.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type ArticleRules, type Classification, classifyByPath, classifyText, DEFAULT_ARTICLE_RULES, isExcluded, isIncluded, MAX_ARTICLE_BYTES } from '../analysis/articleFiles';
import { analyze, type AnalyzeOptions } from '../analysis/analyze';
import type { Gazetteer } from '../analysis/ner/gazetteer';
import type { Corpus, StoryDecisions } from '../analysis/corpus';
import type { DocumentAnalysis } from '../analysis/types';
import type { Analyzer } from './analysisPool';
import { AnalysisCache, type CachedRead } from './analysisCache';
import { commonFolderUri, type ExportSource } from '../analysis/export/exportSource';
import { SIDECAR_DIR, SIDECAR_FILES } from '../protocol';
import { inSlices } from './backgroundTurns';
import { pathToUri, readArticleFile, toRelative, tooLarge, walkFiles } from './files';
import { type FolderSidecars, readFolderSidecars } from './sidecars';
import { VERSION } from './version';

export interface WorkspaceFolder {
  uri: string;
  path: string;
  sidecars: FolderSidecars;
  /** The folder's path with links resolved (when it was opened), for telling whether a file's links lead outside it. */
  realPath: string;
  /** The folder's persisted index, when the caller keeps one. */
  cache?: AnalysisCache;
}

/** Where persisted indexes live (the client's storage folder, the CLI's --cache) and where their problems are logged. */
export interface CacheLocation {
  dir: string;
  log: (message: string) => void;
}

/** The include/exclude globs of the settings (the CLI uses the defaults). */
export type ArticleGlobs = Pick<ArticleRules, 'include' | 'exclude'>;

export async function openFolder(folderPath: string, report: (problem: string) => void, cache?: CacheLocation): Promise<WorkspaceFolder> {
  const resolved = path.resolve(folderPath);
  const [sidecars, realPath, analyses] = await Promise.all([
    readFolderSidecars(resolved, report),
    fs.realpath(resolved).catch(() => resolved),
    cache && AnalysisCache.open(cache.dir, resolved, cache.log),
  ]);
  return { uri: pathToUri(resolved), path: resolved, sidecars, realPath, ...(analyses ? { cache: analyses } : {}) };
}

/** The nearest folder at or above `start` that holds a `.crosscheck/` folder, or undefined. */
export async function sidecarRootOf(start: string): Promise<string | undefined> {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if ((await fs.stat(path.join(dir, SIDECAR_DIR)).catch(() => undefined))?.isDirectory()) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The innermost folder that holds the file; undefined for a file outside every folder. */
export function folderOf(folders: readonly WorkspaceFolder[], filePath: string): WorkspaceFolder | undefined {
  return folders
    .filter((f) => isInside(f.path, filePath))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

export function isInside(folderPath: string, filePath: string): boolean {
  const relative = path.relative(folderPath, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Identity decisions and dismissals hold for the whole corpus: the first folder that has each file wins. */
export function applyDecisions(corpus: Corpus, folders: readonly WorkspaceFolder[]): void {
  corpus.entities.setDecisions(folders.find((f) => f.sidecars.identity)?.sidecars.identity);
  corpus.conflicts.setDismissed(folders.find((f) => f.sidecars.dismissed)?.sidecars.dismissed);
  // Story decisions of every folder, their relative paths turned into the corpus's URIs.
  const stories: StoryDecisions = { with: new Map(), alone: new Set() };
  for (const folder of folders) {
    const uriOf = (relative: string) => pathToUri(path.join(folder.path, relative));
    for (const [article, target] of folder.sidecars.stories?.with ?? []) stories.with.set(uriOf(article), uriOf(target));
    for (const article of folder.sidecars.stories?.alone ?? []) stories.alone.add(uriOf(article));
  }
  corpus.setStoryDecisions(stories);
}

/** The rules for a folder; the overrides have no prototype, so a file named "constructor" finds no decision. */
export function articleRules(folder: WorkspaceFolder | undefined, globs: ArticleGlobs = DEFAULT_ARTICLE_RULES): ArticleRules {
  return { include: globs.include, exclude: globs.exclude, overrides: Object.assign(Object.create(null) as Record<string, boolean>, folder?.sidecars.articles.articles) };
}

/**
 * Every file under `start` (the folder itself by default) that its path does not rule out, excluded folders not
 * entered; the text decides the rest. Paths are matched relative to the workspace folder. `rejected` hears of each
 * file the include globs match that its path alone rules out ("requirements.txt"), with the reason.
 */
export async function* candidateFiles(folder: WorkspaceFolder, rules: ArticleRules, start = folder.path, rejected?: (file: string, reason: string) => void): AsyncGenerator<string> {
  const prefix = toRelative(folder.path, start);
  const fromFolder = (relative: string) => (prefix === '' ? relative : `${prefix}/${relative}`);
  for await (const file of walkFiles(start, (relative) => !isExcluded(fromFolder(relative) + '/', rules))) {
    const relative = toRelative(folder.path, file);
    const byPath = classifyByPath(relative, rules);
    if (byPath?.isArticle !== false) yield file;
    else if (rejected && isIncluded(relative, rules)) rejected(file, byPath.reason);
  }
}

export interface ArticleSource {
  /** The text when the caller has it (an open editor); otherwise the file is read from disk. */
  text?: string;
  version?: number;
  /** Named by the user (the CLI's file arguments): analysed whatever its path or text looks like. */
  explicit?: boolean;
  /**
   * Found by walking its folder (candidateFiles), which neither enters nor yields a link: it stays inside the folder
   * without resolving its path (a realpath a file was a tenth of a start from the persisted index).
   */
  walked?: boolean;
  /** Where to analyse (a worker pool); in this thread when absent. */
  analyze?: Analyzer;
  /** False once a newer load of the same file has begun: this one then changes nothing. */
  current?: () => boolean;
  /** A load the user waits for (an edit, an open): its steps do not give way to background work (backgroundTurns.ts). */
  user?: boolean;
}

/** What loading one file found: why it is or is not an article, and its analysis when it is one. */
export interface LoadedArticle {
  uri: string;
  classification: Classification;
  analysis?: DocumentAnalysis;
}

/**
 * Brings one file's entry in the corpus up to date: classified, read when needed and analysed with its folder's
 * sidecars, or removed from the corpus when it is not an article. Returns why it is or is not an article, or
 * undefined when a newer load of the file superseded this one.
 */
export async function loadArticle(corpus: Corpus, filePath: string, folder: WorkspaceFolder | undefined, rules: ArticleRules, source: ArticleSource = {}): Promise<Classification | undefined> {
  const loaded = await readArticle(filePath, folder, rules, source);
  if (source.current && !source.current()) return undefined;
  if (!loaded.analysis) return applyLoaded(corpus, loaded, source.version);
  // A large article enters the corpus in steps, with requests answered between them (Corpus.setAnalysisInSteps).
  await inSlices(corpus.setAnalysisInSteps(loaded.uri, loaded.analysis, source.version), { user: source.user });
  return source.current && !source.current() ? undefined : loaded.classification;
}

/** Puts what readArticle found into the corpus (or takes the file out of it). */
export function applyLoaded(corpus: Corpus, loaded: LoadedArticle, version = 0): Classification {
  if (loaded.analysis) corpus.setAnalysis(loaded.uri, loaded.analysis, version);
  else corpus.remove(loaded.uri);
  return loaded.classification;
}

/**
 * Classifies one file, reads it when needed (from its folder's persisted index when that is still valid) and analyses
 * it with its folder's sidecars, without touching the corpus.
 */
export async function readArticle(filePath: string, folder: WorkspaceFolder | undefined, rules: ArticleRules, source: ArticleSource = {}): Promise<LoadedArticle> {
  const uri = pathToUri(filePath);
  const relative = folder ? toRelative(folder.path, filePath) : path.basename(filePath);
  let classification = source.explicit ? undefined : classifyByPath(relative, rules);
  if (classification?.isArticle === false) return { uri, classification };
  const options = analysisOptions(uri, folder, relative);
  let text = source.text;
  let cached: CachedRead | undefined;
  if (text === undefined && folder && !source.explicit && !source.walked && !(await staysInside(folder, filePath))) {
    return { uri, classification: { isArticle: false, reason: 'a link to a file outside the workspace folder' } };
  }
  if (text === undefined) {
    cached = folder?.cache ? await folder.cache.read(filePath, optionsKey(options)) : { read: await readArticleFile(filePath) };
    if ('hit' in cached) text = cached.hit.analysis.text;
    else if ('skipped' in cached.read) return { uri, classification: { isArticle: false, reason: cached.read.skipped } };
    else text = cached.read.text;
  }
  // classifyByPath decides alone for a file marked by the user or ruled out by its path; the text decides the rest.
  const textClass = cached && 'hit' in cached ? cached.hit.textClass : classifyText(text);
  classification = source.explicit ? { isArticle: true, reason: 'named on the command line' } : (classification ?? textClass);
  // The size limit holds also for a file marked as an article or named explicitly: analysing megabytes stalls everything.
  if (text.length > MAX_ARTICLE_BYTES) return { uri, classification: { isArticle: false, reason: tooLarge(text.length) } };
  if (!classification.isArticle) {
    // Remembered too, so that a later start can tell the whole workspace from the persisted index alone.
    if (cached && 'remember' in cached) cached.remember?.(textClass);
    return { uri, classification };
  }
  if (cached && 'hit' in cached) return { uri, classification, analysis: cached.hit.analysis };
  try {
    const analysis = source.analyze ? await source.analyze(text, options) : analyze(text, options);
    if (cached && 'remember' in cached) cached.remember?.(textClass, analysis);
    return { uri, classification, analysis };
  } catch (e) {
    // One article the analysis fails on is reported as not analysed; the others and the report go on.
    return { uri, classification: { isArticle: false, reason: `analysis failed: ${(e as Error).message.split('\n')[0]}` } };
  }
}

/** A file's analysis options: its folder's entity list and the article date the folder's articles.json gives it. */
function analysisOptions(uri: string, folder: WorkspaceFolder | undefined, relative: string): AnalyzeOptions {
  return { path: uri, gazetteer: folder?.sidecars.gazetteer, referenceDate: ownValue(folder?.sidecars.articles.dates, relative) };
}

/**
 * What a file's analysis would be made from (its bytes' hash and its analysis options) by its folder's persisted index
 * alone, without reading the file or its analysis; null for a file that is no article by its path, its size or its
 * cached text class, undefined when the index cannot tell (no entry, the file changed, its time is not to be trusted).
 */
export async function persistedSource(filePath: string, folder: WorkspaceFolder, rules: ArticleRules): Promise<{ hash: string; options: string } | null | undefined> {
  const relative = toRelative(folder.path, filePath);
  const byPath = classifyByPath(relative, rules);
  if (byPath?.isArticle === false) return null;
  const options = optionsKey(analysisOptions(pathToUri(filePath), folder, relative));
  const entry = await folder.cache?.peek(filePath, options);
  if (entry === 'too large') return null;
  if (!entry) return undefined;
  return (byPath ?? entry.textClass).isArticle ? { hash: entry.hash, options } : null;
}

/** One article's line in a key over a corpus (node/diagnosticsSnapshot): what its analysis was made from. */
export function sourceLine(uri: string, hash: string, options: string): string {
  return `${uri}\u0000${hash}\u0000${options}`;
}

/** The analysis options of a file as one string, for telling whether a persisted analysis was made with the same. */
function optionsKey(options: AnalyzeOptions): string {
  return `${gazetteerKey(options.gazetteer)}|${options.referenceDate ?? ''}`;
}

const gazetteerKeys = new WeakMap<Gazetteer, string>();
function gazetteerKey(gazetteer: Gazetteer | undefined): string {
  if (!gazetteer) return '';
  let key = gazetteerKeys.get(gazetteer);
  if (key === undefined) gazetteerKeys.set(gazetteer, (key = createHash('sha1').update(JSON.stringify(gazetteer)).digest('hex')));
  return key;
}

/** False when the file is, through links, somewhere outside the folder; a file that does not exist is left to the read to report. */
async function staysInside(folder: WorkspaceFolder, filePath: string): Promise<boolean> {
  const realFile = await fs.realpath(filePath).catch(() => undefined);
  return realFile === undefined || isInside(folder.realPath, realFile);
}

/** What an export reads of a workspace: paths relative to the folders' common folder, the first dismissals file found. */
export function exportSourceOf(corpus: Corpus, folders: readonly WorkspaceFolder[]): ExportSource {
  const withDismissals = folders.find((f) => f.sidecars.dismissed);
  return {
    corpus,
    root: commonFolderUri(folders.map((f) => f.uri)),
    toolVersion: VERSION,
    ...(withDismissals?.sidecars.dismissed
      ? { dismissals: { file: pathToUri(path.join(withDismissals.path, SIDECAR_DIR, SIDECAR_FILES.dismissed)), entries: withDismissals.sidecars.dismissed.dismissed } }
      : {}),
  };
}

function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
