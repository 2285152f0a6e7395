// Names that say they are places: a name of two words or more that ends in a word for a kind of place ("Marrow
// Glacier", "Union Square", "Sheikh Khalid Road") or starts with one before "of" ("Island of Dorvan") is a place,
// whatever organisation or person the tagger took it for; a built-in name keeps its type.
import type { Token } from '../tokenize';
import { isKnownName } from './knownNames';
import { PLACE_HEADS } from './lexicon';
import type { TokenSpan } from './tokenSpan';

function namesPlace(tokens: readonly Token[], span: TokenSpan): boolean {
  if (span.end - span.start < 2) return false;
  return PLACE_HEADS.has(tokens[span.end - 1].text) || (PLACE_HEADS.has(tokens[span.start].text) && tokens[span.start + 1].text === 'of');
}

/** The spans with the organisations and people whose words name a place typed as places. */
export function placeWords(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  return spans.map((span) =>
    (span.type === 'organization' || span.type === 'person') && !span.fixed && namesPlace(tokens, span) && !isKnownName(tokens, span.start, span.end) ? { ...span, type: 'place' } : span,
  );
}
