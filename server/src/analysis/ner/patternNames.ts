// Names the tagger rarely saw in training but whose shape gives them away: laws ("... Applications Act") and events
// ("BRICS Summit", "World War II", "... Summit 2025"). Capitalised words, joined by a few lower-case connectors.
import type { Token } from '../tokenize';
import { EVENT_SUFFIXES, FUNCTION_WORDS, LAW_SUFFIXES } from './lexicon';
import type { TokenSpan } from './tokenSpan';

const CONNECTORS = new Set(['of', 'for', 'from', 'on', 'the', 'to', 'in', 'against']);
const TRAILER = /^(?:(?:19|20)\d\d|[IVX]+|\d{1,2})$/;

const isCapitalisedWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !FUNCTION_WORDS.has(t.text.toLowerCase());

export function patternNames(tokens: readonly Token[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalisedWord(tokens[i])) {
      i++;
      continue;
    }
    // The run of capitalised words and connectors starting here; connectors must be followed by a capitalised word.
    let end = i + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[i].sentence) {
      if (isCapitalisedWord(tokens[end]) || (TRAILER.test(tokens[end].text) && end > i)) end++;
      else if (CONNECTORS.has(tokens[end].text) && tokens[end + 1] && isCapitalisedWord(tokens[end + 1])) end += 2;
      else break;
    }
    let last = end - 1;
    while (last > i && TRAILER.test(tokens[last].text)) last--;
    const type = LAW_SUFFIXES.has(tokens[last].text) ? 'law' : EVENT_SUFFIXES.has(tokens[last].text) ? 'event' : undefined;
    // ALL-CAPS headlines capitalise every word, so the shape says nothing there.
    if (type && last > i && tokens[last].text !== tokens[last].text.toUpperCase()) spans.push({ start: i, end, type });
    i = end;
  }
  return spans;
}
