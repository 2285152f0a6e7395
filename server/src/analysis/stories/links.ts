// Each article's links to others with their scores, also kept in rank order (highest score first, ties by id), so
// an article's best links are read off the front after an edit instead of re-sorting all its links.

type Ranked = Array<[string, number]>;

/** Where `[other, score]` goes in a ranked list: after every entry ranked above it. */
function position(list: Ranked, other: string, score: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const [id, s] = list[mid];
    if (s > score || (s === score && id < other)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class LinkTable {
  private readonly scores = new Map<string, Map<string, number>>();
  private readonly ranked = new Map<string, Ranked>();

  addArticle(id: string): void {
    this.scores.set(id, new Map());
    this.ranked.set(id, []);
  }

  /** Removes an article and its links; returns the articles it was linked to. */
  removeArticle(id: string): string[] {
    const linked = [...(this.scores.get(id)?.keys() ?? [])];
    for (const other of linked) this.unlinkOne(other, id);
    this.scores.delete(id);
    this.ranked.delete(id);
    return linked;
  }

  has(a: string, b: string): boolean {
    return this.scores.get(a)!.has(b);
  }

  score(a: string, b: string): number | undefined {
    return this.scores.get(a)!.get(b);
  }

  linked(id: string): IterableIterator<string> {
    return this.scores.get(id)!.keys();
  }

  link(a: string, b: string, score: number): void {
    this.linkOne(a, b, score);
    this.linkOne(b, a, score);
  }

  unlink(a: string, b: string): void {
    this.unlinkOne(a, b);
    this.unlinkOne(b, a);
  }

  /** An article's `count` best links, best first. */
  best(id: string, count: number): Ranked {
    return this.ranked.get(id)!.slice(0, count);
  }

  private linkOne(a: string, b: string, score: number): void {
    this.scores.get(a)!.set(b, score);
    const list = this.ranked.get(a)!;
    list.splice(position(list, b, score), 0, [b, score]);
  }

  private unlinkOne(a: string, b: string): void {
    const score = this.scores.get(a)!.get(b)!;
    this.scores.get(a)!.delete(b);
    const list = this.ranked.get(a)!;
    list.splice(position(list, b, score), 1);
  }
}
