// Parts of a linked group small enough to re-cluster on every edit: core links are taken from the strongest down
// (ties by ids), each joining its two parts unless the joined part would exceed the bound. The parts depend on the
// group's links alone, never on the order articles arrived, and an edit re-clusters only the parts it changes.

export interface CoreLink {
  a: string;
  b: string;
  score: number;
}

/** The parts of `ids` joined by `links`, none larger than `maxSize`, each sorted, in the order of their first member. */
export function boundedParts(ids: readonly string[], links: readonly CoreLink[], maxSize: number): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const size = new Map(ids.map((id) => [id, 1]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let at = id; parent.get(at) !== r; ) {
      const next = parent.get(at)!;
      parent.set(at, r);
      at = next;
    }
    return r;
  };
  const key = (l: CoreLink): [string, string] => (l.a < l.b ? [l.a, l.b] : [l.b, l.a]);
  const sorted = [...links].sort((x, y) => {
    if (x.score !== y.score) return y.score - x.score;
    const [xa, xb] = key(x);
    const [ya, yb] = key(y);
    return xa < ya ? -1 : xa > ya ? 1 : xb < yb ? -1 : xb > yb ? 1 : 0;
  });
  for (const link of sorted) {
    const ra = root(link.a);
    const rb = root(link.b);
    if (ra === rb || size.get(ra)! + size.get(rb)! > maxSize) continue;
    const [big, small] = size.get(ra)! >= size.get(rb)! ? [ra, rb] : [rb, ra];
    parent.set(small, big);
    size.set(big, size.get(big)! + size.get(small)!);
  }
  const parts = new Map<string, string[]>();
  for (const id of [...ids].sort()) {
    const r = root(id);
    const part = parts.get(r);
    if (part) part.push(id);
    else parts.set(r, [id]);
  }
  return [...parts.values()];
}
