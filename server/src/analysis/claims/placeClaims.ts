// Claims about where: the town a named person lives in, written in the wire-service way after the name ("Kevin
// Marsh, 29, of Springfield"), and the block of a street an event happened on ("in the 4300 block of Harbor Avenue").
import { COMPASS_WORDS } from '../language/en';
import type { Claim } from '../types';
import { placeValue } from './kinds/facilityLocation';
import type { Analysis, SentenceContext } from './context';
import { claimFromPhrase, PLACE_NAME, type FoundPhrase } from './phraseClaims';
import { within } from './spans';

/** ", 29, of Springfield", ", of Jackson Heights, Queens": a place right after a person's name (and age). */
const OF_PLACE = new RegExp(`^,\\s+(?:\\d{1,3},\\s+)?of\\s+(?:the\\s+)?(${PLACE_NAME})(?:,\\s+(${PLACE_NAME}))?`, 'u');
/** "in the 4100 block of East 148th Street": a block number and the street. */
const BLOCK_OF = new RegExp(`\\b(?:in|on|at|along|near|to|from) the (\\d{1,3}(?:,?\\d{3})?|\\d{1,5}) block of ((?:[A-Z]|\\d)[\\p{L}\\d'’.]*(?: (?:[A-Z]|\\d)[\\p{L}\\d'’.]*)*)`, 'gu');
/** Street words written short or long: "St." and "Street" name one street. */
const STREET_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({ st: 'street', ave: 'avenue', av: 'avenue', blvd: 'boulevard', rd: 'road', dr: 'drive', ln: 'lane', pl: 'place', ct: 'court', hwy: 'highway', pkwy: 'parkway' }));

const STREET_WORD_AT_END = new RegExp(`\\b(?:street|avenue|road|boulevard|drive|lane|place|court|highway|parkway|${[...STREET_WORDS.keys()].join('|')})\\.?$`, 'i');

/** A street as one key whatever the article writes: lower case, compass words and dots left out, street words in full. */
export function streetKey(street: string): string {
  return street.toLowerCase().replace(/\./g, '').split(/\s+/).filter((w) => w && !COMPASS_WORDS.has(w) && !/^[nsew]$/.test(w)).map((w) => STREET_WORDS.get(w) ?? w).join(' ');
}

/** The owner is the chain of the person the claim is about. */
type Found = FoundPhrase<number>;

/** "Kevin Marsh, 29, of Springfield": where the person lives, unless what follows "of" is an organisation's name. */
function residences(analysis: Analysis, context: SentenceContext): Found[] {
  const found: Found[] = [];
  for (const mention of context.mentions) {
    if (mention.type !== 'person') continue;
    const m = OF_PLACE.exec(analysis.text.slice(mention.end, Math.min(context.span.end, mention.end + 120)));
    if (!m) continue;
    const end = mention.end + m[0].length;
    // Mentions inside a window after the name, found by binary search: a run-on sentence stays linear.
    if (within(context.mentions, { start: mention.end, end: end + 200 }).some((o) => o.start < end && (o.type === 'organization' || o.type === 'person'))) continue;
    // "of Mill Lane, Whitby": the street is part of the address, the town comes after it.
    const parts = [m[1], m[2]].filter(Boolean).map((p) => p.replace(/\.$/, '')).filter((p) => !STREET_WORD_AT_END.test(p));
    if (parts.length === 0) continue;
    const place = parts.join(', ');
    found.push({ rule: 'name-age-of-place', kind: 'residence', slot: 'residence', start: mention.start, end: end - (m[0].endsWith('.') ? 1 : 0), attribute: 'residence', subject: mention.text, value: placeValue(place), owner: mention.chain });
  }
  return found;
}

/** "in the 4300 block of Harbor Avenue": the block, keyed by its street so that two streets are never compared. */
function streetBlocks(text: string, offset: number): Found[] {
  return [...text.matchAll(BLOCK_OF)].map((m) => {
    const street = streetKey(m[2]);
    const start = offset + m.index + m[0].indexOf(m[1]);
    const end = offset + m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    return { rule: 'block-of-street', kind: 'street-block' as const, slot: street, start, end, attribute: `block of ${street}`, subject: street, value: { kind: 'name' as const, value: m[1].replace(/,/g, '') } };
  });
}

export function placeClaims(analysis: Analysis, contexts: readonly SentenceContext[]): Claim[] {
  const claims: Claim[] = [];
  for (const context of contexts) {
    const offset = context.span.start;
    const found = [...residences(analysis, context), ...streetBlocks(analysis.text.slice(offset, context.span.end), offset)];
    for (const f of found) claims.push(claimFromPhrase(analysis, context, f, 'place', f.owner));
  }
  return claims;
}
