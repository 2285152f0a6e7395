// The name lists behind the tagger's name-list feature: the built-in names (lexicon.ts) and the countries and
// first-level regions of the world (placeNames.json, written by `npm run train` from the country-region-data package).
// Each word of a sentence gets its place in the longest listed name covering it ("B-region", "I-place", "O"); the
// model learns how far to trust each list, so a listed region is evidence for a place, never a forced tag.
import { KNOWN_NAMES, WORLD_REGIONS } from './lexicon';
import serialized from './placeNames.json';
import { PhraseIndex } from './phraseIndex';

export interface SerializedPlaceNames {
  /** Where the names come from (package and version). */
  source: string;
  countries: string[];
  regions: string[];
}

/** Listed names by their words; the value is what the feature sees: an entity type, "country" or "region". */
export type NameList = PhraseIndex<string>;

let builtIn: NameList | undefined;

/** The name list of the committed model. */
export function builtInNameList(): NameList {
  builtIn ??= nameList(serialized as SerializedPlaceNames);
  return builtIn;
}

/**
 * The world's countries: the official names of country-region-data with the forms the news writes them in (lexicon
 * COUNTRIES, the source those come from), as `npm run train` wrote them to placeNames.json.
 */
export function countryNames(): readonly string[] {
  return (serialized as SerializedPlaceNames).countries;
}

/** Countries and regions, then the built-in names, which keep their own value where both list the same words. */
export function nameList(places: SerializedPlaceNames): NameList {
  const index = new PhraseIndex<string>();
  for (const name of places.regions) index.add(name, 'region');
  for (const name of places.countries) index.add(name, 'country');
  for (const [name, type] of KNOWN_NAMES) index.add(name, type);
  return index;
}

let nationalNames: ReadonlySet<string> | undefined;

/**
 * True for a country or a world region, lower-cased ("france", "middle east"): names that stay places as a side in
 * a game (national teams are places in CoNLL-2003) or with a "presidency" after their possessive.
 */
export function isCountryOrRegion(lowerCased: string): boolean {
  nationalNames ??= new Set([...countryNames(), ...WORLD_REGIONS].map((n) => n.toLowerCase()));
  return nationalNames.has(lowerCased);
}
