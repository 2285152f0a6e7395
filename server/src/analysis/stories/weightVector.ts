// A feature vector as the story index keeps it for every article: keys as ids into one table of strings shared by
// all articles, ids and weights in one typed array. As Maps of strings to numbers the vectors were most of what an
// indexed article costs (29 KB an article at 2,000 articles: a hash entry and a boxed number per key, and keys
// sliced from the lowercased text, keeping all of it alive); this way about a sixth of that.
// Iteration keeps the order the keys were written in, so a sum over a vector adds in the same order as a Map's did.

/** Every key any vector has held, and its id. Keys are words, names, days and numbers: they repeat across articles. */
const idOfKey = new Map<string, number>();
const keyOfId: string[] = [];

/** The shared copy of a key: equal to it, owning its characters (no slice of a longer string kept alive by it). */
export function sharedKey(key: string): string {
  const id = idOfKey.get(key);
  return id === undefined ? keyOfId[addKey(key)] : keyOfId[id];
}

function addKey(key: string): number {
  // A round trip through JSON makes a flat string of its own, whatever `key` was sliced or joined from.
  const own = JSON.parse(JSON.stringify(key)) as string;
  const id = keyOfId.length;
  keyOfId.push(own);
  idOfKey.set(own, id);
  return id;
}

export class WeightVector {
  /** [0, n): the key ids, ascending; [n, 2n): their weights; [2n, 3n): where each key written in turn is in the first part. */
  private readonly data: Float64Array;

  constructor(weights: ReadonlyMap<string, number>) {
    const n = weights.size;
    const written: Array<[number, number]> = [];
    for (const [key, weight] of weights) written.push([idOfKey.get(key) ?? addKey(key), weight]);
    const ascending = written.map((_, i) => i).sort((i, j) => written[i][0] - written[j][0]);
    this.data = new Float64Array(3 * n);
    ascending.forEach((w, rank) => {
      this.data[rank] = written[w][0];
      this.data[n + rank] = written[w][1];
      this.data[2 * n + w] = rank;
    });
  }

  get size(): number {
    return this.data.length / 3;
  }

  /** Where the key's id is among the ids, or -1. */
  private rankOf(id: number): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.data[mid];
      if (at < id) low = mid + 1;
      else if (at > id) high = mid - 1;
      else return mid;
    }
    return -1;
  }

  has(key: string): boolean {
    const id = idOfKey.get(key);
    return id !== undefined && this.rankOf(id) >= 0;
  }

  /** The sum of products of the weights of the keys both have, over this vector's keys in the order written. */
  dot(other: WeightVector): number {
    const n = this.size;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const rank = this.data[2 * n + i];
      const there = other.rankOf(this.data[rank]);
      if (there >= 0) sum += this.data[n + rank] * other.data[other.size + there];
    }
    return sum;
  }

  /** The keys and weights in the order written. */
  *entries(): IterableIterator<[string, number]> {
    const n = this.size;
    for (let i = 0; i < n; i++) {
      const rank = this.data[2 * n + i];
      yield [keyOfId[this.data[rank]], this.data[n + rank]];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  [Symbol.iterator](): IterableIterator<[string, number]> {
    return this.entries();
  }
}
