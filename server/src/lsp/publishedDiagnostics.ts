// What the server last published for each article, so that a pass over many articles sends only what changed, the
// status bar counts conflict diagnostics as the Problems panel shows them without walking every conflict, and the
// whole set can be kept for the next start (node/diagnosticsSnapshot).
import type { Diagnostic } from 'vscode-languageserver-types';

/** Kept as the JSON sent, not as objects: at 10,000 articles most carry lists of many sources, and text is compact. */
interface Published {
  /** The list as sent, for telling whether a new one differs and for the snapshot. */
  json: string;
  /** Conflict diagnostics among them (those with related information). */
  conflicts: number;
}

export class PublishedDiagnostics {
  /** Articles last published with at least one diagnostic. */
  private readonly published = new Map<string, Published>();
  private conflictCount = 0;

  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[]) => void) {}

  /** Conflict diagnostics published, over every article. */
  get conflicts(): number {
    return this.conflictCount;
  }

  /**
   * Publishes an article's diagnostics. `sparse` (a pass over many articles) sends a list only when it differs from
   * the one published last, where no list was published that is an empty one: an empty list for an article that
   * never had a diagnostic tells the client nothing. Returns whether the list was sent.
   */
  publish(uri: string, diagnostics: Diagnostic[], { sparse = false } = {}): boolean {
    const before = this.published.get(uri);
    const json = diagnostics.length > 0 ? JSON.stringify(diagnostics) : '';
    this.conflictCount -= before?.conflicts ?? 0;
    if (diagnostics.length > 0) {
      const conflicts = diagnostics.filter((d) => d.relatedInformation).length;
      this.published.set(uri, { json, conflicts });
      this.conflictCount += conflicts;
    } else this.published.delete(uri);
    if (sparse && (before?.json ?? '') === json) return false;
    this.send(uri, diagnostics);
    return true;
  }

  /** Articles published with at least one diagnostic. */
  uris(): IterableIterator<string> {
    return this.published.keys();
  }

  /** Every non-empty list published, as its JSON, for keeping. */
  snapshot(): Array<[string, string]> {
    return [...this.published].map(([uri, p]) => [uri, p.json]);
  }
}
