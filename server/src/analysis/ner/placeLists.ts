// Places the tagger took for people or organisations where the sentence says what they are: a list right after the
// kind of place its names are ("the three worst-hit villages were Dorvan, Kesh and Talmar", "the
// villages of Dorvan and Kesh", "towns such as X and Y").
import type { Token } from '../tokenize';
import type { EntityType } from '../types';
import { PLACE_KINDS } from './lexicon';
import type { TokenSpan } from './tokenSpan';

/** Words between the kind of place and its list ("villages were", "towns such as", "cities, including"), at most. */
const LEAD_WORDS = 3;

const LEAD = new Set(['were', 'are', 'was', 'is', 'include', 'included', 'including', 'of', 'such', 'as', 'like', ':', 'namely']);

const LIST_JOINS = new Set([',', 'and', 'or']);

/** True when a span starts a list right after a kind of place and the words that lead into it. */
function listAfterKind(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let i = span.start - 1; i >= 0 && i >= span.start - 1 - LEAD_WORDS; i--) {
    // As written: "Faroe Islands - Jan Allan Mueller" is no list of islands.
    const word = tokens[i].text;
    if (PLACE_KINDS.has(word)) return true;
    if (!LEAD.has(word)) return false;
  }
  return false;
}

const retypable = (type: EntityType): boolean => type === 'person' || type === 'organization';

/** The spans with the names of those lists typed as places (spans sorted). */
export function placeLists(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out = [...spans];
  for (let k = 0; k < out.length; k++) {
    if (!listAfterKind(tokens, out[k])) continue;
    // The list runs over spans joined by commas, "and" or "or".
    let last = k;
    while (last + 1 < out.length && out[last + 1].start === out[last].end + 1 && LIST_JOINS.has(tokens[out[last].end].text)) last++;
    for (let j = k; j <= last; j++) if (retypable(out[j].type) && !out[j].fixed) out[j] = { ...out[j], type: 'place' };
    k = last;
  }
  return out;
}
