// The countries and first-level regions for the name-list feature, from the country-region-data package (read at
// training time only; the tagger reads the list written into ner/placeNames.json).
import { COUNTRIES } from '../lexicon';
import type { SerializedPlaceNames } from '../placeNames';

export interface CountryRegions {
  countryName: string;
  regions: ReadonlyArray<{ name: string }>;
}

/**
 * The names a text would use for one entry: "Korea, Republic of" → "Korea"; "Harjumaa (Tallinn)" → both;
 * "Tui/Tuy" → both. Only capitalised forms ("Dutch part" is a note, not a name).
 */
function writtenForms(entry: string): string[] {
  const inParentheses = [...entry.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  const outside = entry.replace(/\([^)]*\)/g, ' ').split(',')[0];
  return [outside, ...inParentheses]
    .flatMap((s) => s.split('/'))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /^\p{Lu}/u.test(s));
}

/**
 * Countries and regions, minus one-word names the training text mostly writes in lower case mid-sentence ("Central",
 * "Eastern", "Pool" are regions too), so the feature is not spent on ordinary words; names of several words match
 * only as written ("Long Island"); the countries include the lexicon's. `lowerShare` gives, for a lower-cased word, the share of its mid-sentence
 * occurrences in lower case (undefined when unseen).
 */
export function placeNames(data: readonly CountryRegions[], lowerShare: (word: string) => number | undefined, source: string): SerializedPlaceNames {
  const usable = (name: string): boolean => name.includes(' ') || (lowerShare(name.toLowerCase()) ?? 0) < 0.5;
  const unique = (names: string[]): string[] => [...new Set(names)].filter(usable).sort();
  return {
    source,
    // The lexicon's countries are the forms the news writes ("Russia", "U.S."), kept whatever the text's casing.
    countries: [...new Set([...unique(data.flatMap((c) => writtenForms(c.countryName))), ...COUNTRIES])].sort(),
    regions: unique(data.flatMap((c) => c.regions.flatMap((r) => writtenForms(r.name)))),
  };
}
