// One name, one reading per article: a name the tagger found once is found again where the tagger missed it
// ("Tyler Whitfield" ... "Whitfield broke the record"), with the same type; a person's single name parts count too.
import type { Token } from '../tokenize';
import type { EntityType } from '../types';
import { FUNCTION_WORDS } from './lexicon';
import { PhraseIndex } from './phraseIndex';
import { isTitleWord } from './roles';
import type { TokenSpan } from './tokenSpan';

const isNameWord = (word: string): boolean => /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase()) && !isTitleWord(word);

/** Spans for untagged repeats of names tagged elsewhere in the same text; `spans` must be sorted. */
export function documentNames(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  if (spans.length === 0) return [];
  const names = new PhraseIndex<EntityType>();
  for (const span of spans) {
    const words = tokens.slice(span.start, span.end).map((t) => t.text);
    if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || w === 'of' || w === 'the')) continue;
    if (span.type === 'person' && words.length > 1) for (const word of words) if (isNameWord(word) && word.length > 2) names.addWords([word], 'person');
    names.addWords(words, span.type);
  }
  const found: TokenSpan[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (next < spans.length && spans[next].end <= i) next++;
    if (next < spans.length && spans[next].start <= i) {
      i = spans[next].end - 1;
      continue;
    }
    if (!isNameWord(tokens[i].text)) continue;
    const match = names.matchAt(tokens, i);
    if (!match || (next < spans.length && spans[next].start < i + match.length)) continue;
    found.push({ start: i, end: i + match.length, type: match.value });
    i += match.length - 1;
  }
  return found;
}
