// Overlap queries over many spans without comparing every pair: the long texts of issue 10 made those scans quadratic.
import type { Span } from './types';

/** Answers "does a span overlap any of these?" in log time: spans by start, with the furthest end reached so far. */
export function overlapIndex<S extends Span>(spans: readonly S[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return (span) => {
    // The spans starting before `span` ends overlap it when the furthest of their ends passes its start.
    const low = firstAtOrAfter(sorted, span.end);
    return low > 0 && reach[low - 1] > span.start;
  };
}

/** The first index whose item starts at or after the offset (items sorted by start). */
export function firstAtOrAfter(items: readonly Span[], offset: number): number {
  return firstWhere(0, items.length, (i) => items[i].start >= offset);
}

/** The first index in [low, high) where `reached` holds, when it holds from some index on (binary search); else `high`. */
export function firstWhere(low: number, high: number, reached: (index: number) => boolean): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
