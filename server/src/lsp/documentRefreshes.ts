// The order of work per document: each file's refreshes run one after another, a refresh queued behind a newer one
// is dropped (the newer one reads the latest text) and a running one is told to stop (its signal aborts), edits
// wait until typing pauses or their analysis is in, and a request first waits for the refreshes the notifications before it asked for (the
// LSP ordering rule), within bounds: a document changed a while before the request, still being analysed (a slow
// one), delays requests about other documents only briefly.
import type { CancellationToken } from 'vscode-languageserver/node';

/** How long a request waits: for its own document's refreshes, and for the other documents' ones. */
export interface WaitBounds {
  /** The document the request is about; without one, every document's refreshes count as its own. */
  uri?: string;
  limitMs: number;
  /** Other documents changed within this long before the request count as its own (a client that opens several and asks at once). */
  recentMs: number;
  /** Other documents changed earlier (still analysed: slow ones) are waited for this long, or as long as its own document takes. */
  othersMs: number;
}

export class DocumentRefreshes {
  /** The last queued refresh of each document still pending. */
  private readonly tails = new Map<string, Promise<void>>();
  /** The newest ticket per document: an older refresh that has not started yet is superseded by it. */
  private readonly newest = new Map<string, number>();
  /** Edits waiting to be refreshed: each cancels its wait when the refresh starts sooner (a newer edit, a request). */
  private readonly debounced = new Map<string, () => void>();
  /** The running refresh of each document, aborted when a newer version is asked for. */
  private readonly running = new Map<string, AbortController>();
  /** When each document was last changed (its latest refresh asked for), for the request's bounds. */
  private readonly changedAt = new Map<string, number>();
  private tickets = 0;

  constructor(
    private readonly refresh: (uri: string, signal: AbortSignal) => Promise<void>,
    private readonly failed: (uri: string, error: unknown) => void,
  ) {}

  /** Refreshes the document after the ones already queued for it; a later call before it starts replaces it. */
  now(uri: string): Promise<void> {
    this.changedAt.set(uri, Date.now());
    return this.start(uri);
  }

  private start(uri: string): Promise<void> {
    this.debounced.get(uri)?.();
    this.debounced.delete(uri);
    this.running.get(uri)?.abort();
    const ticket = ++this.tickets;
    this.newest.set(uri, ticket);
    const next = (this.tails.get(uri) ?? Promise.resolve()).then(async () => {
      if (this.newest.get(uri) !== ticket) return;
      const controller = new AbortController();
      this.running.set(uri, controller);
      try {
        await this.refresh(uri, controller.signal);
      } catch (error) {
        if (!controller.signal.aborted) this.failed(uri, error);
      } finally {
        if (this.running.get(uri) === controller) this.running.delete(uri);
      }
    });
    this.tails.set(uri, next);
    void next.then(() => {
      if (this.tails.get(uri) !== next) return;
      this.tails.delete(uri);
      this.newest.delete(uri);
      if (!this.debounced.has(uri)) this.changedAt.delete(uri);
    });
    return next;
  }

  /**
   * Refreshes the document once `ready` settles (its new text analysed already) or typing pauses for `ready` ms,
   * or sooner when a request needs it; a later call before then replaces the wait, and a running refresh of an
   * older version stops now.
   */
  later(uri: string, ready: number | Promise<unknown>): void {
    this.running.get(uri)?.abort();
    this.changedAt.set(uri, Date.now());
    this.debounced.get(uri)?.();
    let waiting = true;
    const go = () => {
      if (waiting) void this.start(uri);
    };
    const timer = typeof ready === 'number' ? setTimeout(go, ready) : undefined;
    if (typeof ready !== 'number') void ready.then(go, go);
    this.debounced.set(uri, () => {
      waiting = false;
      clearTimeout(timer);
    });
  }

  /** True while a refresh of the document is waiting or running. */
  isPending(uri: string): boolean {
    return this.tails.has(uri) || this.debounced.has(uri);
  }

  /**
   * Resolves once every refresh asked for so far has run (debounced edits start now), within the bounds, or when the
   * request is cancelled, whichever comes first. Answers `true` when everything settled.
   */
  async settled(token: CancellationToken, bounds: WaitBounds): Promise<boolean> {
    for (const uri of [...this.debounced.keys()]) void this.start(uri);
    const own: Array<Promise<void>> = [];
    const others: Array<Promise<void>> = [];
    const recent = Date.now() - bounds.recentMs;
    for (const [uri, tail] of this.tails) {
      const counts = bounds.uri === undefined || uri === bounds.uri || (this.changedAt.get(uri) ?? 0) >= recent;
      (counts ? own : others).push(tail);
    }
    if (own.length + others.length === 0) return true;
    const timers: NodeJS.Timeout[] = [];
    let cancelled: { dispose(): void } | undefined;
    const stop = new Promise<false>((resolve) => (cancelled = token.onCancellationRequested(() => resolve(false))));
    const after = (ms: number) => new Promise<false>((resolve) => timers.push(setTimeout(() => resolve(false), ms)));
    const ownDone = Promise.race([Promise.all(own).then(() => true), after(bounds.limitMs), stop]);
    const othersBound = Promise.all([after(Math.min(bounds.othersMs, bounds.limitMs)), ownDone]).then(() => false as const);
    const othersDone = Promise.race([Promise.all(others).then(() => true), othersBound, stop]);
    const done = (await ownDone) && (await othersDone);
    for (const timer of timers) clearTimeout(timer);
    cancelled?.dispose();
    return done;
  }
}
