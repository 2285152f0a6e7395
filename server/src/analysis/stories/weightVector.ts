// A feature vector as the story index keeps it for every article: keys as ids into one table of strings shared by
// all articles, ids and weights in one typed array. As Maps of strings to numbers the vectors were most of what an
// indexed article costs (29 KB an article at 2,000 articles: a hash entry and a boxed number per key, and keys
// sliced from the lowercased text, keeping all of it alive); this way about a sixth of that.
// Iteration keeps the order the keys were written in, so a sum over a vector adds in the same order as a Map's did.

/** Every key any vector has held, and its id. Keys are words, names, days and numbers: they repeat across articles. */
const idOfKey = new Map<string, number>();
const keyOfId: string[] = [];

/**
 * Two words in a row ("police said") are ids of their own made of their words' ids, negative so that they never meet
 * a key's: most are written once in a corpus, and as keys of the table they were most of it (and of the cost of
 * looking a key up in it) while no article's vector keeps them.
 */
const PHRASE_BASE = 2 ** 26;

/** The shared copy of a key: equal to it, owning its characters (no slice of a longer string kept alive by it). */
export function sharedKey(key: string): string {
  return keyOfId[keyId(key)];
}

/** The id of a key, given it now if it has none. */
export function keyId(key: string): number {
  return idOfKey.get(key) ?? addKey(key);
}

function addKey(key: string): number {
  // A round trip through JSON makes a flat string of its own, whatever `key` was sliced or joined from.
  const own = JSON.parse(JSON.stringify(key)) as string;
  const id = keyOfId.length;
  keyOfId.push(own);
  idOfKey.set(own, id);
  return id;
}

/** The id of the phrase of two words (keyId's), written `first second`. */
export function phraseId(first: number, second: number): number {
  // Beyond what a double holds exactly the phrase is a key like any other (a table of 67 million words first).
  if (first >= PHRASE_BASE || second >= PHRASE_BASE) return keyId(`${keyOfId[first]} ${keyOfId[second]}`);
  return -(first * PHRASE_BASE + second) - 1;
}

/** The key of an id (keyId, phraseId). */
export function keyOf(id: number): string {
  if (id >= 0) return keyOfId[id];
  const pair = -id - 1;
  return `${keyOfId[Math.floor(pair / PHRASE_BASE)]} ${keyOfId[pair % PHRASE_BASE]}`;
}

/** The id a key written as a phrase would have, when both its words have ids; else undefined. */
function knownPhraseId(key: string): number | undefined {
  const space = key.indexOf(' ');
  if (space < 0) return undefined;
  const first = idOfKey.get(key.slice(0, space));
  const second = idOfKey.get(key.slice(space + 1));
  return first === undefined || second === undefined ? undefined : phraseId(first, second);
}

/** The keys' ids and weights of some vectors, each in the order written, before they are made vectors. */
export interface WeightList {
  ids: number[];
  weights: number[];
}

/**
 * The vectors of some lists, all kept in one buffer: a typed array of its own for each cost about 200 bytes of heap
 * and a native backing store more (7 an article).
 */
export function vectorsOf(lists: readonly WeightList[]): WeightVector[] {
  const buffer = new Float64Array(3 * lists.reduce((sum, list) => sum + list.ids.length, 0));
  let at = 0;
  return lists.map(({ ids, weights }) => new WeightVector(ids, weights, buffer.subarray(at, (at += 3 * ids.length))));
}

/** Scratch for dot's merge: products by rank, zero between calls. */
let products = new Float64Array(1024);

export class WeightVector {
  /** [0, n): the key ids, ascending; [n, 2n): their weights; [2n, 3n): where each key written in turn is in the first part. */
  private readonly data: Float64Array;

  /**
   * The keys' ids (keyId, phraseId) and their weights, both in the order written; no id twice. `data`, of 3 × the
   * keys, is where it keeps them: a view of one buffer for all of an article's vectors (vectorsOf).
   */
  constructor(ids: readonly number[], weights: readonly number[], data = new Float64Array(3 * ids.length)) {
    const n = ids.length;
    const ascending = Float64Array.from(ids).sort();
    this.data = data;
    this.data.set(ascending);
    for (let w = 0; w < n; w++) {
      const rank = this.rankOf(ids[w]);
      this.data[n + rank] = weights[w];
      this.data[2 * n + w] = rank;
    }
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
    if (id !== undefined && this.rankOf(id) >= 0) return true;
    // Phrase ids are negative, so they come first: a vector of none (all but the phrases) need not look.
    if (this.size === 0 || this.data[0] >= 0) return false;
    const phrase = knownPhraseId(key);
    return phrase !== undefined && this.rankOf(phrase) >= 0;
  }

  /** Whether the vector has the key of this id (keyId, phraseId). */
  hasId(id: number): boolean {
    return this.rankOf(id) >= 0;
  }

  /** The sum of products of the weights of the keys both have, over this vector's keys in the order written. */
  dot(other: WeightVector): number {
    const n = this.size;
    const m = other.size;
    // A walk along both sorted ids reads each once; a search of the other's for each of this one's reads log m.
    return n + m <= n * (32 - Math.clz32(m)) ? this.mergedDot(other) : this.searchedDot(other);
  }

  private searchedDot(other: WeightVector): number {
    const n = this.size;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const rank = this.data[2 * n + i];
      const there = other.rankOf(this.data[rank]);
      if (there >= 0) sum += this.data[n + rank] * other.data[other.size + there];
    }
    return sum;
  }

  /** searchedDot's sum, the same bit for bit: the products found by walking both ids, then added in the order written. */
  private mergedDot(other: WeightVector): number {
    const n = this.size;
    const m = other.size;
    if (products.length < n) products = new Float64Array(2 * n);
    let found = 0;
    let only = 0;
    for (let i = 0, j = 0; i < n && j < m; ) {
      const a = this.data[i];
      const b = other.data[j];
      if (a < b) i++;
      else if (a > b) j++;
      else {
        only = products[i] = this.data[n + i] * other.data[m + j];
        found++;
        i++;
        j++;
      }
    }
    // Weights are positive: an unmatched key adds +0, which leaves any sum as it was.
    if (found <= 1) {
      if (found === 1) products.fill(0, 0, n);
      return only;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += products[this.data[2 * n + i]];
    products.fill(0, 0, n);
    return sum;
  }

  /** The keys' ids and weights in the order written. */
  *idEntries(): IterableIterator<[number, number]> {
    const n = this.size;
    for (let i = 0; i < n; i++) {
      const rank = this.data[2 * n + i];
      yield [this.data[rank], this.data[n + rank]];
    }
  }

  /** The keys and weights in the order written. */
  *entries(): IterableIterator<[string, number]> {
    for (const [id, weight] of this.idEntries()) yield [keyOf(id), weight];
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  [Symbol.iterator](): IterableIterator<[string, number]> {
    return this.entries();
  }
}
