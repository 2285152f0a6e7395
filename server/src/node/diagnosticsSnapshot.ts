// The diagnostics a server published for a whole workspace, kept next to the persisted index with a key over
// everything they were computed from (the build, the settings and sidecars, every article's bytes and analysis
// options). A second start whose key is the same publishes them at once instead of comparing every story first;
// it then checks them in the background. A start of the same build, settings and sidecars (`setup`) where some files
// changed, are new or are gone publishes those of the articles whose own source is as it was, and checks them alike.
// A file that does not read, or reads as anything else, is ignored.
import { promises as fs } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isPlainObject, parseJsonObject } from '../analysis/jsonObject';
import { writeAtomically } from './files';
import { storageFile } from './storageFiles';

export interface DiagnosticsSnapshot {
  key: string;
  /** The key of what they were computed from but the articles. */
  setup: string;
  /** What each article with diagnostics was made from (ArticleWorkspace.articleSource), when known. */
  sources: Record<string, string>;
  /** How many entities the index had, for the status bar until they are counted again. */
  entities: number;
  /** Every article with at least one diagnostic, and its diagnostics. */
  diagnostics: Array<[string, Diagnostic[]]>;
}

/** The snapshot file of a set of workspace folders in the storage folder `dir`. */
export function snapshotFile(dir: string, folderPaths: readonly string[]): string {
  return storageFile(dir, 'diagnostics-', folderPaths, 'json');
}

export async function readSnapshot(file: string): Promise<DiagnosticsSnapshot | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  const parsed = text === undefined ? undefined : parseJsonObject(text);
  const value = parsed && 'object' in parsed ? parsed.object : undefined;
  if (!value || typeof value.key !== 'string' || typeof value.setup !== 'string' || typeof value.entities !== 'number' || !Array.isArray(value.diagnostics)) return undefined;
  const sources = value.sources;
  if (!isPlainObject(sources) || !Object.values(sources).every((line) => typeof line === 'string')) return undefined;
  const entries = value.diagnostics as unknown[];
  const valid = entries.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && Array.isArray(e[1]) && (e[1] as unknown[]).every(isPlainObject));
  return valid
    ? { key: value.key, setup: value.setup, sources: sources as Record<string, string>, entities: value.entities, diagnostics: entries as DiagnosticsSnapshot['diagnostics'] }
    : undefined;
}

/**
 * The snapshot one index pass reads: shown before any article is read, then taken once to be checked against the
 * index, after which the pass holds it no longer (33 MB of objects at 10,000 articles).
 */
export class PassSnapshot {
  private reading: Promise<DiagnosticsSnapshot | undefined>;

  /** `file`: where the snapshot is kept; none without a storage folder. */
  constructor(file: string | undefined) {
    this.reading = file ? readSnapshot(file) : Promise.resolve(undefined);
  }

  read(): Promise<DiagnosticsSnapshot | undefined> {
    return this.reading;
  }

  /** The snapshot, let go of here. */
  take(): Promise<DiagnosticsSnapshot | undefined> {
    const reading = this.reading;
    this.reading = Promise.resolve(undefined);
    return reading;
  }
}

/** Writes a snapshot whose lists are given as their JSON (as published), atomically, so a reader never sees half a snapshot. */
export async function writeSnapshot(file: string, snapshot: Omit<DiagnosticsSnapshot, 'diagnostics'> & { diagnostics: Array<[string, string]> }): Promise<void> {
  const lists = snapshot.diagnostics.map(([uri, json]) => `[${JSON.stringify(uri)},${json}]`);
  const head = `"key":${JSON.stringify(snapshot.key)},"setup":${JSON.stringify(snapshot.setup)},"sources":${JSON.stringify(snapshot.sources)}`;
  await writeAtomically(file, `{${head},"entities":${snapshot.entities},"diagnostics":[${lists.join(',')}]}`);
}
