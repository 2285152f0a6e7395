// What every export reads: the corpus, the folder its paths are relative to, and the user's dismissals.
// Pure: the CLI and the language server both hand in what they loaded; nothing here touches the file system.
import type { Article, Corpus } from '../corpus';
import type { Dismissal } from '../conflicts/dismissed';

export interface ExportSource {
  corpus: Corpus;
  /** The file: URI of the folder that paths in the export are relative to, ending with "/". */
  root: string;
  /** The version of Crosscheck that made the export. */
  toolVersion: string;
  /** The dismissed conflicts and the URI of the file that records them, so exports can mark them suppressed. */
  dismissals?: { file: string; entries: readonly Dismissal[] };
}

/** The deepest folder URI (ending with "/") that holds every one of the folders' URIs. */
export function commonFolderUri(folderUris: readonly string[]): string {
  const folders = folderUris.map((u) => (u.endsWith('/') ? u : `${u}/`));
  if (folders.length === 0) return 'file:///';
  let prefix = folders[0];
  for (const folder of folders.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < folder.length && prefix[i] === folder[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

/** The article's URI relative to the root, still percent-encoded (a URI reference), or the whole URI when outside it. */
export function relativeUri(root: string, uri: string): string {
  return uri.startsWith(root) ? uri.slice(root.length) : uri;
}

/** The article's path relative to the root, decoded, "/" between folders. */
export function relativePath(root: string, uri: string): string {
  return relativeUri(root, uri)
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** Articles in a stable order for exports: by URI. */
export function articlesByUri(corpus: Corpus): Article[] {
  return [...corpus.all()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/**
 * Converts UTF-16 offsets (the analysis's, JavaScript string indices) into Unicode code-point offsets, the
 * "characters" that brat and the W3C Web Annotation selectors count. Built once per text, then O(1) per offset.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair belongs to the code point its high half starts.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) points++;
  }
  table[text.length] = points;
  // An offset inside a surrogate pair (never produced by the analysis) counts the pair as passed.
  return (offset) => table[Math.max(0, Math.min(offset, text.length))];
}
