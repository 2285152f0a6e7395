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

const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d.'’-]*/gu;

/**
 * Words written in lower case more often than capitalised inside sentences ("police", "users"): capitalised, they are
 * only starting a sentence or a headline.
 */
export function commonWords(texts: readonly string[]): Set<string> {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=[\p{Ll},;] )[\p{L}][\p{L}'’-]*|(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu)) {
      const word = m[0];
      const counts = /^\p{Ll}/u.test(word) ? lower : capitalised;
      counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
    }
  }
  return new Set([...lower].filter(([word, n]) => n > (capitalised.get(word) ?? 0)).map(([word]) => word));
}

/**
 * The named core of a gold mention, or undefined when it is not a name: the type must be a person, organisation,
 * GPE or location, and some word must be capitalised and be neither a function word or pronoun ("She", "In") nor a
 * common word (`common`, from commonWords: "Police", "Officials" at a sentence start). The core runs from that word
 * out over the capitalised words next to it that are not function words (nor titles, for a person): "New" and
 * "Police" are common words, yet "New Orleans Saints" and "Bloomington Police" are whole names ("Orleans Saints" and
 * "Bloomington" taught the tagger to split them).
 */
export function namedCore(mention: EcbMention, common: ReadonlySet<string>): { start: number; end: number; type: EntityType } | undefined {
  const type = NAMED_TYPES[mention.type];
  if (!type) return undefined;
  const words = [...mention.text.matchAll(WORD)].map((m) => ({ text: m[0], start: mention.start + m.index }));
  const isPart = (w: string): boolean => /^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase().replace(/['’].*$/, ''));
  const isName = (w: string): boolean => isPart(w) && !common.has(w.toLowerCase().replace(/['’].*$/, ''));
  const notTitle = (w: string): boolean => !(type === 'person' && isTitleWord(w));
  let first = words.findIndex((w) => isName(w.text) && notTitle(w.text));
  if (first < 0) return undefined;
  while (first > 0 && isPart(words[first - 1].text) && notTitle(words[first - 1].text)) first--;
  let last = words.length - 1;
  while (last > first && !isPart(words[last].text)) last--;
  const lastWord = words[last].text.replace(/['’]s?$/, '');
  if (first > last) first = last;
  const core = { start: words[first].start, end: words[last].start + lastWord.length, type };
  return type === 'place' && NATIONALITIES.includes(mention.text.slice(core.start - mention.start, core.end - mention.start))
    ? { ...core, type: 'group' }
    : core;
}

/**
 * True when a mention's name only modifies its head, a word in lower case after the core ("a Brooklyn man", "the
 * Bush administration", "the Betty Ford clinic"): the mention's type is the head's, and the name's own may differ
 * (Brooklyn is a place, Bush a person), so its type says nothing of the name's.
 */
export function isModifierUse(mention: EcbMention, core: { end: number }): boolean {
  return /^(?:['’]s?)?\s+\p{Ll}/u.test(mention.text.slice(core.end - mention.start));
}
