// Background work (the passes after indexing, republishing diagnostics) gives way to requests: it runs in slices of
// a couple of milliseconds and, between two, lets every message that arrived meanwhile be handled first. It gives way
// to the refresh of a document the user edited or opened too (userWork): that refresh's diagnostics are what the user
// waits for, and each of its own slices would otherwise wait for a slice of every background pass.

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

/**
 * The longest a background slice waits for the user's refreshes to end, each turn: a bound, so that no pass is held
 * up for good, nor a refresh that waits on a pass's progress. A refresh takes milliseconds to tens of them.
 */
export const USER_WORK_WAIT_MS = 50;

/** User refreshes under way, and the background turns waiting for them to end. */
let userRefreshes = 0;
const waitingForUser: Array<() => void> = [];

/** Runs a refresh the user waits for (an edit's, an open's): background slices wait for it between their turns, within USER_WORK_WAIT_MS. */
export async function userWork<T>(work: () => Promise<T>): Promise<T> {
  userRefreshes++;
  try {
    return await work();
  } finally {
    if (--userRefreshes === 0) for (const resume of waitingForUser.splice(0)) resume();
  }
}

function userWorkDone(): Promise<void> {
  if (userRefreshes === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, USER_WORK_WAIT_MS);
    waitingForUser.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Measures slices: `due()` is true once SLICE_MS passed since the last turn, `turn()` yields and starts a new slice.
 * A background one (`user` false) also waits at each turn while a user refresh runs (userWork).
 */
export class Slices {
  private started = performance.now();

  constructor(private readonly user = false) {}

  due(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  async turn(): Promise<void> {
    await nextTurn();
    if (!this.user) await userWorkDone();
    this.started = performance.now();
  }

  /** Yields when the slice is used up. */
  async maybeTurn(): Promise<void> {
    if (this.due()) await this.turn();
  }
}

/** Runs `step` until it returns false, yielding to requests every SLICE_MS (and, unless `user`, to user refreshes). */
export async function inSlices(step: () => boolean, { user = false } = {}): Promise<void> {
  const slices = new Slices(user);
  while (step()) await slices.maybeTurn();
}
