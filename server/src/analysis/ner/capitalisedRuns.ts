// First-pass recognizer: runs of capitalised words, typed by the built-in lists and the run's last word.
import type { Token } from '../tokenize';
import type { EntityType } from '../types';
import { knownNames } from './knownNames';
import { EVENT_SUFFIXES, FUNCTION_WORDS, LAW_SUFFIXES, NAME_CONNECTORS, ORG_SUFFIXES } from './lexicon';
import { isTitleWord } from './roles';
import type { TokenSpan } from './tokenSpan';

const isCapitalised = (word: string): boolean => /^[\p{Lu}]/u.test(word);
const isNameWord = (t: Token): boolean => isCapitalised(t.text) && !(FUNCTION_WORDS.has(t.text.toLowerCase()) && t.text !== 'US');

export function capitalisedRuns(tokens: readonly Token[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const names = knownNames();
  let i = 0;
  while (i < tokens.length) {
    const known = names.matchAt(tokens, i);
    // A nationality before a name is part of it ("Chinese Embassy"); otherwise the built-in name wins.
    if (known && !(known.value === 'group' && tokens[i + 1] && isNameWord(tokens[i + 1]))) {
      spans.push({ start: i, end: i + known.length, type: known.value });
      i += known.length;
      continue;
    }
    if (!isNameWord(tokens[i]) || isTitleWord(tokens[i].text)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[i].sentence) {
      if (isNameWord(tokens[end]) || /^\d+$/.test(tokens[end].text)) end++;
      else if (NAME_CONNECTORS.has(tokens[end].text) && tokens[end + 1] && isNameWord(tokens[end + 1])) end += 2;
      else break;
    }
    // A lone unknown capitalised word at a sentence start is usually just the first word.
    if (!(end - i === 1 && tokens[i].sentenceStart)) spans.push({ start: i, end, type: guessType(tokens, i, end) });
    i = end;
  }
  return spans;
}

function guessType(tokens: readonly Token[], start: number, end: number): EntityType {
  const last = tokens[end - 1].text;
  if (ORG_SUFFIXES.has(last)) return 'organization';
  if (LAW_SUFFIXES.has(last)) return 'law';
  if (EVENT_SUFFIXES.has(last) || /^\d+$/.test(last)) return 'event';
  if (start > 0 && isTitleWord(tokens[start - 1].text)) return 'person';
  if (end - start === 1 && /^[A-Z]{2,}$/.test(last)) return 'organization';
  return end - start === 1 && /[a-z][A-Z]/.test(last) ? 'organization' : 'person';
}
