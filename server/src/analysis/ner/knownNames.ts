// The built-in names (countries, cities, states, organisations, outlets, nationalities) as one phrase index.
import type { EntityType } from '../types';
import { KNOWN_NAMES } from './lexicon';
import { PhraseIndex } from './phraseIndex';

let index: PhraseIndex<EntityType> | undefined;

export function knownNames(): PhraseIndex<EntityType> {
  if (!index) {
    index = new PhraseIndex<EntityType>();
    for (const [name, type] of KNOWN_NAMES) index.add(name, type);
  }
  return index;
}

/** True when words[start, end) is exactly one built-in name. */
export function isKnownName(words: ReadonlyArray<{ text: string }>, start: number, end: number): boolean {
  return knownNames().matchAt(words, start)?.length === end - start;
}

/**
 * Splits a span joined by "and" into its two names when the whole is not a built-in name and either side is one, or
 * each side is one word: "India and Pakistan", "Apple and Google", "Wasps and Bristol" are two (in CoNLL-2003 train,
 * 184 of 190 one-word "X and Y" of names are two names); "Justice and Equality Movement" stays one.
 */
export function splitAtAnd(words: ReadonlyArray<{ text: string }>, start: number, end: number): Array<[number, number]> {
  for (let i = start + 1; i < end - 1; i++) {
    if (words[i].text !== 'and') continue;
    if (isKnownName(words, start, end)) break;
    const oneWordEach = i === start + 1 && end === i + 2;
    if (oneWordEach || isKnownName(words, start, i) || isKnownName(words, i + 1, end)) return [[start, i], ...splitAtAnd(words, i + 1, end)];
  }
  return [[start, end]];
}
