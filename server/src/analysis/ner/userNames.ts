// The user gazetteer's names and aliases as a phrase index, built once per gazetteer object.
import type { EntityType } from '../types';
import type { Gazetteer } from './gazetteer';
import { PhraseIndex } from './phraseIndex';

const cache = new WeakMap<Gazetteer, PhraseIndex<EntityType>>();

export function userNames(gazetteer: Gazetteer): PhraseIndex<EntityType> {
  let index = cache.get(gazetteer);
  if (!index) {
    index = new PhraseIndex<EntityType>();
    for (const entry of gazetteer.entries) {
      // A lower-case "the" is outside the span by convention: "the Post" matches as "Post".
      for (const form of [entry.name, ...entry.aliases]) index.add(form.replace(/^the\s+/, ''), entry.type);
    }
    cache.set(gazetteer, index);
  }
  return index;
}
