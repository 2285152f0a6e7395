// Which counted nouns are synonyms, from WordNet 3.1 (nounMeanings.json, built offline by
// scripts/build-noun-meanings.ts): nouns whose most frequent senses are one, so that "web sites" and "websites"
// key one slot.
import table from './nounMeanings.json';

let names: Map<string, string> | undefined;

/** Noun → the name WordNet gives its sense first; parsed on first use, since most articles count few things. */
function senseNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const line of table.synonyms.split('\n')) {
    const nouns = line.split(',');
    for (const noun of nouns) names.set(noun, nouns[0]);
  }
  return names;
}

/** Whether two words (singular, lower case, joined by a space) are a synonym of themselves written as one ("web site", "website"). */
export function oneWordWritten(compound: string): boolean {
  const sense = senseNames().get(compound);
  return sense !== undefined && sense === senseNames().get(compound.replace(/ /g, ''));
}

/** The name WordNet gives first to a noun's sense ("web site" and "website" alike), or the noun itself. */
export function synonymName(noun: string): string {
  return senseNames().get(noun) ?? noun;
}
