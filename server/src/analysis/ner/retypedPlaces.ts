// A place name an article shows to be something else (a team, a person) takes that type wherever the article writes
// it, but after a word of place ("his third season in X", "born in X"), where it is the place still.
import type { Token } from '../tokenize';
import type { EntityType } from '../types';
import { PLACE_BEFORE } from './lexicon';
import { spanName, type TokenSpan } from './tokenSpan';

/** The spans with the places named in `names` (spanName) typed `type`, except after a word of place (spans sorted). */
export function retypedPlaces(tokens: readonly Token[], spans: readonly TokenSpan[], names: ReadonlySet<string>, type: EntityType): TokenSpan[] {
  if (names.size === 0) return [...spans];
  return spans.map((span) => {
    if (span.type !== 'place' || span.fixed || !names.has(spanName(tokens, span))) return span;
    const before = tokens[span.start - 1]?.text.toLowerCase();
    return before !== undefined && PLACE_BEFORE.has(before) ? span : { ...span, type };
  });
}
