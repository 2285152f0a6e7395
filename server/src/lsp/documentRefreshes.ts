// The order of work per document: each file's refreshes run one after another, a refresh queued behind a newer one
// is dropped (the newer one reads the latest text), edits wait a short debounce, and a request about any document
// first waits for the refreshes the notifications before it asked for (the LSP ordering rule), within a bound.
import type { CancellationToken } from 'vscode-languageserver/node';

export class DocumentRefreshes {
  /** The last queued refresh of each document still pending. */
  private readonly tails = new Map<string, Promise<void>>();
  /** The newest ticket per document: an older refresh that has not started yet is superseded by it. */
  private readonly newest = new Map<string, number>();
  private readonly debounced = new Map<string, NodeJS.Timeout>();
  private tickets = 0;

  constructor(
    private readonly refresh: (uri: string) => Promise<void>,
    private readonly failed: (uri: string, error: unknown) => void,
  ) {}

  /** Refreshes the document after the ones already queued for it; a later call before it starts replaces it. */
  now(uri: string): Promise<void> {
    clearTimeout(this.debounced.get(uri));
    this.debounced.delete(uri);
    const ticket = ++this.tickets;
    this.newest.set(uri, ticket);
    const next = (this.tails.get(uri) ?? Promise.resolve()).then(async () => {
      if (this.newest.get(uri) !== ticket) return;
      try {
        await this.refresh(uri);
      } catch (error) {
        this.failed(uri, error);
      }
    });
    this.tails.set(uri, next);
    void next.then(() => {
      if (this.tails.get(uri) !== next) return;
      this.tails.delete(uri);
      this.newest.delete(uri);
    });
    return next;
  }

  /** Refreshes the document once typing pauses for `delayMs`, or sooner when a request needs it. */
  later(uri: string, delayMs: number): void {
    clearTimeout(this.debounced.get(uri));
    this.debounced.set(uri, setTimeout(() => void this.now(uri), delayMs));
  }

  /** True while a refresh of the document is waiting or running. */
  isPending(uri: string): boolean {
    return this.tails.has(uri) || this.debounced.has(uri);
  }

  /**
   * Resolves once every refresh asked for so far has run (debounced edits start now), or after `limitMs`, or when
   * the request is cancelled, whichever comes first. Answers `true` when everything settled.
   */
  async settled(token: CancellationToken, limitMs: number): Promise<boolean> {
    for (const uri of [...this.debounced.keys()]) void this.now(uri);
    const pending = [...this.tails.values()];
    if (pending.length === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    let cancelled: { dispose(): void } | undefined;
    const done = await Promise.race([
      Promise.all(pending).then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), limitMs);
        cancelled = token.onCancellationRequested(() => resolve(false));
      }),
    ]);
    clearTimeout(timer);
    cancelled?.dispose();
    return done;
  }
}
