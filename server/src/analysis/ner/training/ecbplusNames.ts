// ECB+ gold mentions as named entities: which mentions count as names, their type in this project, and the name's
// core span (leading "in", "the", titles and trailing possessive 's cut off), for training and for evaluation.
import type { EntityType } from '../../types';
import { FUNCTION_WORDS, NATIONALITIES } from '../lexicon';
import { isTitleWord } from '../roles';

export interface EcbMention {
  start: number;
  end: number;
  text: string;
  type: string;
}

const NAMED_TYPES: Record<string, EntityType> = {
  HUMAN_PART_PER: 'person',
  HUMAN_PART_ORG: 'organization',
  HUMAN_PART_GPE: 'place',
  LOC_GEO: 'place',
  LOC_FAC: 'place',
  LOC_OTHER: 'place',
};

/** Types a prediction may have and still be right, per ECB+ type (a GPE is a place, a government or a people). */
export const ACCEPTED_TYPES: Record<string, readonly EntityType[]> = {
  HUMAN_PART_PER: ['person'],
  HUMAN_PART_ORG: ['organization'],
  HUMAN_PART_GPE: ['place', 'organization', 'group'],
  LOC_GEO: ['place'],
  LOC_FAC: ['place', 'organization'],
  LOC_OTHER: ['place', 'organization'],
};

const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d.'’\-]*/gu;

/**
 * The named core of a gold mention, or undefined when it is not a name: the type must be a person, organisation,
 * GPE or location, and some word must be capitalised and not a function word or pronoun ("She", "In").
 */
export function namedCore(mention: EcbMention): { start: number; end: number; type: EntityType } | undefined {
  const type = NAMED_TYPES[mention.type];
  if (!type) return undefined;
  const words = [...mention.text.matchAll(WORD)].map((m) => ({ text: m[0], start: mention.start + m.index }));
  const isName = (w: string): boolean => /^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase().replace(/['’].*$/, ''));
  let first = words.findIndex((w) => isName(w.text) && !(type === 'person' && isTitleWord(w.text)));
  if (first < 0) return undefined;
  let last = words.length - 1;
  while (last > first && !isName(words[last].text)) last--;
  const lastWord = words[last].text.replace(/['’]s?$/, '');
  if (first > last) first = last;
  const core = { start: words[first].start, end: words[last].start + lastWord.length, type };
  return type === 'place' && NATIONALITIES.includes(mention.text.slice(core.start - mention.start, core.end - mention.start))
    ? { ...core, type: 'group' }
    : core;
}
