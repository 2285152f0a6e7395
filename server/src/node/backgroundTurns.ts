// Background work (the passes after indexing, republishing diagnostics) gives way to requests: it runs in slices of
// a couple of milliseconds and, between two, lets every message that arrived meanwhile be handled first.

/**
 * How long background work runs between two turns of the event loop: a request that arrives waits about this long.
 * 8 ms slices and whole steps of several milliseconds made the hover tail at 10,000 articles (p99 73 ms).
 */
export const SLICE_MS = 2;

/**
 * A turn of the event loop that lets the messages read meanwhile run first. The JSON-RPC connection handles each
 * message read from the client in a setImmediate queued when it was read (in the poll phase), after any immediate
 * queued before: one turn alone would run the next slice before them, so the first turn only queues the second.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** Measures slices: `due()` is true once SLICE_MS passed since the last turn, `turn()` yields and starts a new slice. */
export class Slices {
  private started = performance.now();

  due(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  async turn(): Promise<void> {
    await nextTurn();
    this.started = performance.now();
  }

  /** Yields when the slice is used up. */
  async maybeTurn(): Promise<void> {
    if (this.due()) await this.turn();
  }
}

/** Runs `step` until it returns false, yielding to requests every SLICE_MS. */
export async function inSlices(step: () => boolean): Promise<void> {
  const slices = new Slices();
  while (step()) await slices.maybeTurn();
}
