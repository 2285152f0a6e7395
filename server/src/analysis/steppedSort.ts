// A sort in bounded steps, for a pass that runs between requests: sorting 100,000 entities at once blocks the thread
// for tens of milliseconds. Bottom-up merge sort: runs of STEP items sorted whole, then pairs of runs merged, STEP
// items a step. Merging takes the left item on ties, so the result is that of a stable sort (Array.prototype.sort).

/** Items one step sorts or merges. */
const STEP = 2048;

export class SteppedSort<T> {
  private from: T[];
  private to: T[];
  /** The length of the sorted runs being merged; 0 while the runs are sorted. */
  private width = 0;
  /** Where the next run to sort starts, or where the pair being merged starts. */
  private start = 0;
  /** The merge in progress: the next item of the left run (i, up to mid), of the right one (j, up to end), and where it goes (k). */
  private i = 0;
  private j = 0;
  private k = 0;

  constructor(items: readonly T[], private readonly compare: (a: T, b: T) => number) {
    this.from = [...items];
    this.to = new Array<T>(items.length);
  }

  /** Takes one step; true while the sort is unfinished. */
  step(): boolean {
    const n = this.from.length;
    if (this.width === 0) {
      const end = Math.min(n, this.start + STEP);
      const run = this.from.slice(this.start, end).sort(this.compare);
      for (let at = 0; at < run.length; at++) this.from[this.start + at] = run[at];
      this.start = end;
      if (end < n) return true;
      this.width = STEP;
      this.beginPair(0);
      return this.width < n;
    }
    const mid = Math.min(n, this.start + this.width);
    const end = Math.min(n, this.start + 2 * this.width);
    const { from, to, compare } = this;
    for (let taken = 0; taken < STEP && this.k < end; taken++) {
      to[this.k++] = this.i < mid && (this.j >= end || compare(from[this.i], from[this.j]) <= 0) ? from[this.i++] : from[this.j++];
    }
    if (this.k < end) return true;
    if (end < n) {
      this.beginPair(end);
      return true;
    }
    [this.from, this.to] = [this.to, this.from];
    this.width *= 2;
    this.beginPair(0);
    return this.width < n;
  }

  /** The items sorted, once step() answered false. */
  get sorted(): T[] {
    return this.from;
  }

  private beginPair(start: number): void {
    this.start = start;
    this.i = start;
    this.j = Math.min(this.from.length, start + this.width);
    this.k = start;
  }
}
