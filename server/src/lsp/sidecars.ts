// The `.crosscheck/` sidecar files of one workspace folder: read, parsed with clear errors, and updated without losing anything.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseDismissed, type DismissedConflicts } from '../analysis/conflicts/dismissed';
import { parseIdentityDecisions, type IdentityDecisions } from '../analysis/identity/decisions';
import { parseGazetteer, type Gazetteer } from '../analysis/ner/gazetteer';
import { type ArticleSidecar, EMPTY_ARTICLE_SIDECAR, parseArticleSidecar } from '../analysis/sidecar';
import { parseStoryDecisions, type StoryDecisions } from '../analysis/stories/decisions';
import { SIDECAR_DIR, SIDECAR_FILES } from '../protocol';

export interface FolderSidecars {
  articles: ArticleSidecar;
  gazetteer: Gazetteer | undefined;
  identity: IdentityDecisions | undefined;
  dismissed: DismissedConflicts | undefined;
  stories: StoryDecisions | undefined;
}

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

/** Reads one sidecar; a missing file is normal (undefined), an unreadable or broken one is reported and ignored. */
async function readSidecar<N extends SidecarName>(folderPath: string, name: N, report: (message: string) => void): Promise<SidecarValue<N> | undefined> {
  const file = sidecarPath(folderPath, name);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') report(`${SIDECAR_DIR}/${SIDECAR_FILES[name]} cannot be read (${(e as NodeJS.ErrnoException).code}); it is ignored.`);
    return undefined;
  }
  const { value, errors } = PARSERS[name](text.replace(/^\ufeff/, ''));
  for (const error of errors) report(`${SIDECAR_DIR}/${SIDECAR_FILES[name]}: ${error}`);
  return value;
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

/**
 * Rewrites a sidecar from its current contents. A file that exists but does not parse is left untouched and the
 * update refused, so nothing the user wrote is lost; the new file is written beside it and renamed into place.
 */
export async function updateSidecar<N extends SidecarName>(
  folderPath: string,
  name: N,
  empty: SidecarValue<N>,
  update: (current: SidecarValue<N>) => string,
): Promise<void> {
  const file = sidecarPath(folderPath, name);
  let current = empty;
  try {
    const { value, errors } = PARSERS[name]((await fs.readFile(file, 'utf8')).replace(/^\ufeff/, ''));
    if (errors.length > 0) throw new Error(`${SIDECAR_DIR}/${SIDECAR_FILES[name]} has errors (${errors[0]}); fix or remove it first. Nothing was written.`);
    current = value as SidecarValue<N>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, update(current), 'utf8');
  await fs.rename(temporary, file);
}
