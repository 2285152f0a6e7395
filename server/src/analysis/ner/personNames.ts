// People the tagger took for places: a name the article writes with what only a person has ("Nixon's vacation home",
// "Nixon's re-election campaign", "Jordan's wife") is a person wherever the article types it a place, but after a word
// of place ("born in Jordan"). Countries and world regions keep their type ("Israel's presidency" of a council).
import type { Token } from '../tokenize';
import { PERSON_POSSESSIONS } from './lexicon';
import { isCountryOrRegion } from './placeNames';
import { retypedPlaces } from './retypedPlaces';
import { spanName, type TokenSpan } from './tokenSpan';

/** Words in lower case between the possessive and the person's noun ("'s reelection campaign"), at most. */
const BETWEEN_WORDS = 2;

/** True when a span is followed by a possessive and a person's noun. */
function hasPersonsPossession(tokens: readonly Token[], span: TokenSpan): boolean {
  if (!/^['’]s$/.test(tokens[span.end]?.text ?? '')) return false;
  for (let i = span.end + 1; i <= span.end + 1 + BETWEEN_WORDS && i < tokens.length; i++) {
    const word = tokens[i].text;
    if (PERSON_POSSESSIONS.has(word)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  }
  return false;
}

/** The spans with the places the article writes as people typed as people (spans sorted). */
export function personNames(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  const nameOf = (s: TokenSpan): string => spanName(tokens, s);
  const people = new Set<string>();
  for (const span of spans) if (span.type === 'place' && !span.fixed && hasPersonsPossession(tokens, span) && !isCountryOrRegion(nameOf(span))) people.add(nameOf(span));
  return retypedPlaces(tokens, spans, people, 'person');
}
