// Average-link clustering of one connected group of articles over its links: the two clusters with the highest
// average pairwise score merge while that average reaches the threshold, an unlinked pair counting as 0. Only links
// are visited, so the cost follows the links, not the square of the group. Members are taken in sorted order and only
// a strictly higher average wins, so the result depends on the set of articles, never on the order they arrived.
// Candidate merges wait in a priority queue; a merge re-queues only the merged cluster's links and leaves the entries
// it made stale to be skipped when they surface, so a group costs about links × log links instead of a scan per merge.
import { type Candidate, MergeQueue } from './mergeQueue';

/** Clusters of `ids`, each a sorted list; `links` gives an article's linked articles and their scores. */
export function averageLink(ids: readonly string[], links: (id: string) => ReadonlyMap<string, number>, threshold: number, cohesion = 0): string[][] {
  const sorted = [...ids].sort();
  const indexOf = new Map(sorted.map((id, i) => [id, i]));
  // sums[i]: cluster i's total link score to each other cluster; sizes[i]: its members (0 once merged away).
  const sums: Array<Map<number, number>> = sorted.map((id) => {
    const row = new Map<number, number>();
    for (const [other, score] of links(id)) {
      const j = indexOf.get(other);
      if (j !== undefined && j !== indexOf.get(id)) row.set(j, score);
    }
    return row;
  });
  const members: string[][] = sorted.map((id) => [id]);
  const sizes = sorted.map(() => 1);
  // inner[i]: the total score of the links inside cluster i.
  const inner = sorted.map(() => 0);
  const innerAverage = (i: number): number => (2 * inner[i]) / (sizes[i] * (sizes[i] - 1));
  // versions[i] counts the merges cluster i absorbed: a queued pair is current while both versions still match.
  const versions = sorted.map(() => 0);
  const queue = new MergeQueue();
  const enqueue = (a: number, b: number): void => {
    const [i, j] = a < b ? [a, b] : [b, a];
    queue.push({ average: sums[i].get(j)! / (sizes[i] * sizes[j]), i, j, versionI: versions[i], versionJ: versions[j] });
  };
  const current = (c: Candidate): boolean => sizes[c.i] > 0 && sizes[c.j] > 0 && versions[c.i] === c.versionI && versions[c.j] === c.versionJ;
  for (let i = 0; i < sorted.length; i++) for (const j of sums[i].keys()) if (j > i) enqueue(i, j);
  for (let best = queue.pop(); best !== undefined; best = queue.pop()) {
    if (!current(best)) continue;
    if (best.average < threshold) break;
    const { i: bi, j: bj } = best;
    // Two groups of several articles each, each far tighter than the links between them: two events, kept apart.
    if (sizes[bi] > 1 && sizes[bj] > 1 && best.average < cohesion * Math.min(innerAverage(bi), innerAverage(bj))) continue;
    inner[bi] += inner[bj] + sums[bi].get(bj)!;
    for (const [k, sum] of sums[bj]) {
      if (k === bi) continue;
      const merged = (sums[bi].get(k) ?? 0) + sum;
      sums[bi].set(k, merged);
      sums[k].set(bi, merged);
      sums[k].delete(bj);
    }
    sums[bi].delete(bj);
    sums[bj].clear();
    members[bi].push(...members[bj]);
    sizes[bi] += sizes[bj];
    sizes[bj] = 0;
    versions[bi]++;
    for (const k of sums[bi].keys()) enqueue(bi, k);
  }
  return members.filter((_, i) => sizes[i] > 0).map((m) => m.sort());
}
