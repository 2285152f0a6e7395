// Fixtures for feature tests: a few articles as strings, with one `$$` cursor marker somewhere among them.
import type { Position } from 'vscode-languageserver-types';
import { Corpus } from '../../server/src/analysis/corpus';

export const CURSOR = '$$';

export interface Fixture {
  corpus: Corpus;
  /** The article that holds the cursor marker, and the cursor's position in it (marker removed). */
  uri: string;
  position: Position;
}

/** Builds a corpus from `{ 'a.txt': text }`; file names become file:///fixture/<name> URIs. */
export function fixture(files: Record<string, string>): Fixture {
  const corpus = new Corpus();
  let cursor: { uri: string; position: Position } | undefined;
  for (const [name, raw] of Object.entries(files)) {
    const uri = `file:///fixture/${name}`;
    const at = raw.indexOf(CURSOR);
    const text = at === -1 ? raw : raw.slice(0, at) + raw.slice(at + CURSOR.length);
    const article = corpus.set(uri, text);
    if (at !== -1) cursor = { uri, position: article.document.positionAt(at) };
  }
  if (!cursor) throw new Error(`fixture has no ${CURSOR} cursor marker`);
  return { corpus, ...cursor };
}

/** The text a location's range covers, for readable assertions. */
export function textAt(corpus: Corpus, location: { uri: string; range: { start: Position; end: Position } }): string {
  const article = corpus.get(location.uri);
  if (!article) throw new Error(`no article ${location.uri}`);
  return article.analysis.text.slice(article.document.offsetAt(location.range.start), article.document.offsetAt(location.range.end));
}

export const NOT_CANCELLED = { isCancellationRequested: false };
