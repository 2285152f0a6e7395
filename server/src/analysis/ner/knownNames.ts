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
