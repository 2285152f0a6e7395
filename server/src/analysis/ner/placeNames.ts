// The name lists behind the tagger's name-list feature: the built-in names (lexicon.ts), the countries and
// first-level regions of the world (placeNames.json, written by `npm run train` from the country-region-data package)
// and the world's towns (townNames.json, see towns.ts). Each word of a sentence gets its place in the longest listed
// name covering it ("B-region", "I-place", "B-town", "O"); the model learns how far to trust each list, so a listed
// region is evidence for a place, never a forced tag.
import { KNOWN_NAMES } from './lexicon';
import serialized from './placeNames.json';
import { PhraseIndex, type PhraseMatch } from './phraseIndex';
import { townLength, townTable, type SerializedTowns, type TownTable } from './towns';
import serializedTowns from './townNames.json';

export interface SerializedPlaceNames {
  /** Where the names come from (package and version). */
  source: string;
  countries: string[];
  regions: string[];
}

/** Listed names by their words; the value is what the feature sees: an entity type, "country", "region" or "town". */
export class NameList {
  constructor(
    private readonly phrases: PhraseIndex<string>,
    private readonly towns: TownTable | undefined,
  ) {}

  /** The longest listed name from word `i`; a town only where it is longer than the other lists' name there. */
  matchAt(words: ReadonlyArray<{ text: string }>, i: number): PhraseMatch<string> | undefined {
    const match = this.phrases.matchAt(words, i);
    const town = this.towns ? townLength(this.towns, words, i) : 0;
    return town > (match?.length ?? 0) ? { length: town, value: 'town' } : match;
  }
}

let builtIn: NameList | undefined;

/** The name list of the committed model. */
export function builtInNameList(): NameList {
  builtIn ??= nameList(serialized as SerializedPlaceNames, serializedTowns as SerializedTowns);
  return builtIn;
}

/**
 * The world's countries: the official names of country-region-data with the forms the news writes them in (lexicon
 * COUNTRIES, the source those come from), as `npm run train` wrote them to placeNames.json.
 */
export function countryNames(): readonly string[] {
  return (serialized as SerializedPlaceNames).countries;
}

/**
 * Countries and regions, then the built-in names, which keep their own value where both list the same words; then the
 * towns (none: `towns` undefined), which give way to a name at least as long of the other lists.
 */
export function nameList(places: SerializedPlaceNames, towns: SerializedTowns | undefined): NameList {
  const index = new PhraseIndex<string>();
  for (const name of places.regions) index.add(name, 'region');
  for (const name of places.countries) index.add(name, 'country');
  for (const [name, type] of KNOWN_NAMES) index.add(name, type);
  return new NameList(index, towns && townTable(towns));
}
