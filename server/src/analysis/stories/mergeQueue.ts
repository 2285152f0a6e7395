// A binary max-heap of candidate merges, in the order average-link takes them: the highest average first, a tie
// going to the pair with the smaller first then second cluster, so the order never depends on when a pair was queued.

export interface Candidate {
  average: number;
  /** The two clusters, i < j. */
  i: number;
  j: number;
  /** Each cluster's version when the pair was queued, to tell a stale entry. */
  versionI: number;
  versionJ: number;
}

function before(a: Candidate, b: Candidate): boolean {
  return a.average > b.average || (a.average === b.average && (a.i < b.i || (a.i === b.i && a.j < b.j)));
}

export class MergeQueue {
  private readonly heap: Candidate[] = [];

  push(candidate: Candidate): void {
    const heap = this.heap;
    let at = heap.push(candidate) - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!before(heap[at], heap[parent])) break;
      [heap[at], heap[parent]] = [heap[parent], heap[at]];
      at = parent;
    }
  }

  /** The first candidate, removed; undefined when empty. */
  pop(): Candidate | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    heap[0] = last;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let first = at;
      if (left < heap.length && before(heap[left], heap[first])) first = left;
      if (right < heap.length && before(heap[right], heap[first])) first = right;
      if (first === at) return top;
      [heap[at], heap[first]] = [heap[first], heap[at]];
      at = first;
    }
  }
}
