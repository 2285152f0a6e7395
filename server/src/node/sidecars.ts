// The `.crosscheck/` sidecar files of one workspace folder: read, parsed with clear errors, and updated without
// losing anything: one update at a time per file, the file's own keys and fields kept, written to a unique
// temporary file, synced and renamed into place; a file that does not parse, or is not a regular file, is never
// written and never quoted.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseDismissed, type DismissedConflicts } from '../analysis/conflicts/dismissed';
import { parseStoryDecisions, type StoryDecisions } from '../analysis/stories/decisions';
import { parseIdentityDecisions, type IdentityDecisions } from '../analysis/identity/decisions';
import { parseJsonObject } from '../analysis/jsonObject';
import { parseGazetteer, type Gazetteer } from '../analysis/ner/gazetteer';
import { type ArticleSidecar, EMPTY_ARTICLE_SIDECAR, parseArticleSidecar } from '../analysis/sidecar';
import { SIDECAR_DIR, SIDECAR_FILES } from '../protocol';
import { writeAtomically } from './files';

export interface FolderSidecars {
  articles: ArticleSidecar;
  gazetteer: Gazetteer | undefined;
  identity: IdentityDecisions | undefined;
  dismissed: DismissedConflicts | undefined;
  stories: StoryDecisions | undefined;
}

/** Sidecars are small lists of decisions; anything larger is not one. */
const MAX_SIDECAR_BYTES = 5_000_000;

type Parsed<T> = { value: T; errors: string[] };

/** One parser per sidecar file, each turning its text into a value plus human-readable errors, never throwing. */
const PARSERS = {
  articles: (t: string): Parsed<ArticleSidecar> => { const r = parseArticleSidecar(t); return { value: r.sidecar, errors: r.errors }; },
  entities: (t: string): Parsed<Gazetteer> => { const r = parseGazetteer(t); return { value: r.gazetteer, errors: r.errors }; },
  identity: (t: string): Parsed<IdentityDecisions> => { const r = parseIdentityDecisions(t); return { value: r.decisions, errors: r.errors }; },
  dismissed: (t: string): Parsed<DismissedConflicts> => { const r = parseDismissed(t); return { value: r.dismissed, errors: r.errors }; },
  stories: (t: string): Parsed<StoryDecisions> => { const r = parseStoryDecisions(t); return { value: r.decisions, errors: r.errors }; },
};
type SidecarName = keyof typeof PARSERS;
type SidecarValue<N extends SidecarName> = ReturnType<(typeof PARSERS)[N]>['value'];

export function sidecarPath(folderPath: string, name: SidecarName): string {
  return path.join(folderPath, SIDECAR_DIR, SIDECAR_FILES[name]);
}

const label = (name: SidecarName) => `${SIDECAR_DIR}/${SIDECAR_FILES[name]}`;

/** The file's text, undefined when it does not exist; throws a message (never the content) when it cannot be a sidecar. */
async function readText(file: string, name: SidecarName): Promise<string | undefined> {
  const stat = await fs.lstat(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new Error(`${label(name)} cannot be read (${e.code ?? e.message})`);
  });
  if (!stat) return undefined;
  if (!stat.isFile()) throw new Error(`${label(name)} is not a regular file (${stat.isSymbolicLink() ? 'a link' : 'a folder or device'})`);
  if (stat.size > MAX_SIDECAR_BYTES) throw new Error(`${label(name)} is too large for a sidecar (${(stat.size / 1e6).toFixed(1)} MB)`);
  return (await fs.readFile(file, 'utf8')).replace(/^\ufeff/, '');
}

/** Reads one sidecar; a missing file is normal (undefined), an unreadable or broken one is reported and ignored. */
async function readSidecar<N extends SidecarName>(folderPath: string, name: N, report: (message: string) => void): Promise<SidecarValue<N> | undefined> {
  let text: string | undefined;
  try {
    text = await readText(sidecarPath(folderPath, name), name);
  } catch (e) {
    report(`${(e as Error).message}; it is ignored.`);
    return undefined;
  }
  if (text === undefined) return undefined;
  const { value, errors } = PARSERS[name](text);
  for (const error of errors) report(`${label(name)}: ${error}`);
  return value as SidecarValue<N>;
}

export async function readFolderSidecars(folderPath: string, report: (message: string) => void): Promise<FolderSidecars> {
  const [articles, gazetteer, identity, dismissed, stories] = await Promise.all([
    readSidecar(folderPath, 'articles', report),
    readSidecar(folderPath, 'entities', report),
    readSidecar(folderPath, 'identity', report),
    readSidecar(folderPath, 'dismissed', report),
    readSidecar(folderPath, 'stories', report),
  ]);
  return { articles: articles ?? EMPTY_ARTICLE_SIDECAR, gazetteer, identity, dismissed, stories };
}

/** Updates in progress per sidecar file: each waits for the one before, so no update reads a half-finished state. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Rewrites a sidecar from its current contents. `edit` gets the file's JSON object as it is (unknown keys and
 * fields included, to be kept) and the parsed value, and returns the object to write. A file that exists but does
 * not parse is left untouched and the update refused, so nothing the user wrote is lost; so is a result the
 * parser would reject.
 */
export function updateSidecar<N extends SidecarName>(
  folderPath: string,
  name: N,
  empty: SidecarValue<N>,
  edit: (raw: Record<string, unknown>, current: SidecarValue<N>) => Record<string, unknown>,
): Promise<void> {
  const file = sidecarPath(folderPath, name);
  const run = (queues.get(file) ?? Promise.resolve()).catch(() => undefined).then(async () => {
    const text = await readText(file, name);
    let raw: Record<string, unknown> = {};
    let current = empty;
    if (text !== undefined) {
      const { value, errors } = PARSERS[name](text);
      const parsed = parseJsonObject(text);
      if (errors.length > 0 || !('object' in parsed)) throw new Error(`${label(name)} has errors (${errors[0] ?? 'not an object'}); fix or remove it first. Nothing was written.`);
      raw = parsed.object;
      current = value as SidecarValue<N>;
    }
    const next = JSON.stringify(edit(raw, current), null, 2) + '\n';
    const problems = PARSERS[name](next).errors;
    if (problems.length > 0) throw new Error(`The update would make ${label(name)} invalid (${problems[0]}). Nothing was written.`);
    await writeAtomically(file, next);
  });
  queues.set(file, run);
  void run.catch(() => undefined).then(() => {
    if (queues.get(file) === run) queues.delete(file);
  });
  return run;
}

