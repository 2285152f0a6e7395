// Average-link clustering of one connected group of articles over its links: the two clusters with the highest
// average pairwise score merge while that average reaches the threshold, an unlinked pair counting as 0. Only links
// are visited, so the cost follows the links, not the square of the group. Members are taken in sorted order and only
// a strictly higher average wins, so the result depends on the set of articles, never on the order they arrived.

/** Clusters of `ids`, each a sorted list; `links` gives an article's linked articles and their scores. */
export function averageLink(ids: readonly string[], links: (id: string) => ReadonlyMap<string, number>, threshold: number): string[][] {
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
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < sorted.length; i++) {
      if (sizes[i] === 0) continue;
      for (const [j, sum] of sums[i]) {
        if (j <= i) continue;
        const average = sum / (sizes[i] * sizes[j]);
        if (average > best || (average === best && (i < bi || (i === bi && j < bj)))) [best, bi, bj] = [average, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
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
  }
  return members.filter((_, i) => sizes[i] > 0).map((m) => m.sort());
}
