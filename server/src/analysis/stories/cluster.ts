// Average-link clustering of one connected group of articles: the two clusters with the highest average pairwise
// score merge while that average reaches the threshold. Members are taken in sorted order and only a strictly
// higher average wins, so the result depends on the set of articles, never on the order they arrived.

/** Clusters of `ids` (sorted), each a sorted list; `score` gives a pair's score. */
export function averageLink(ids: readonly string[], score: (a: string, b: string) => number, threshold: number): string[][] {
  const sorted = [...ids].sort();
  const n = sorted.length;
  if (n <= 1) return n === 1 ? [[sorted[0]]] : [];
  // sums[i][j]: total pair score between clusters i and j; sizes[i]: members of cluster i (0 once merged away).
  const sums: number[][] = sorted.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) sums[i][j] = sums[j][i] = score(sorted[i], sorted[j]);
  }
  const members: string[][] = sorted.map((id) => [id]);
  const sizes = new Array<number>(n).fill(1);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (sizes[i] === 0) continue;
      for (let j = i + 1; j < n; j++) {
        if (sizes[j] === 0) continue;
        const average = sums[i][j] / (sizes[i] * sizes[j]);
        if (average > best) [best, bi, bj] = [average, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    for (let k = 0; k < n; k++) {
      if (k === bi || k === bj || sizes[k] === 0) continue;
      sums[bi][k] = sums[k][bi] = sums[bi][k] + sums[bj][k];
    }
    members[bi].push(...members[bj]);
    sizes[bi] += sizes[bj];
    sizes[bj] = 0;
  }
  return members.filter((_, i) => sizes[i] > 0).map((m) => m.sort());
}
