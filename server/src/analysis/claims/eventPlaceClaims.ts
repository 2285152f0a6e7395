// Claims about where an event happened: the verb or event word of a clause, a preposition of place and a named place
// right after it ("moved to Florida", "was arrested in Tacoma, Washington", "the shooting in Leith"), keyed by the
// event so that where someone was arrested is never compared with where they were born.
import type { Claim, Mention } from '../types';
import { COMPASS_WORDS, EVENT_WORDS, REPORTING_WORDS } from '../language/en';
import { isPastForm, qualifiesNoun, tokenAt, type Analysis, type SentenceContext } from './context';
import { placeValue } from './kinds/facilityLocation';
import { claimFromPhrase, type FoundPhrase } from './phraseClaims';
import { within } from './spans';
import { verbStem } from './quantityFrame';

/** Prepositions that put an event at a place ("died in", "arrested at", "moved to", "caught near"). */
const PLACE_PREPOSITION = /^(?:in|at|near|to|outside)$/i;
/** Words between the preposition and the place that describe it, not another place ("in nearby Crown Heights", "in northeast Houston"). */
const PLACE_LEAD = /^(?:the|nearby|neighbouring|neighboring|suburban|downtown|rural)$/i;
/** Particles between a verb and its preposition that make a phrasal verb of it ("moved back to", "pulled up to": no arrest). */
const PARTICLE = /^(?:back|home|up|out|down|off|away)$/i;
/** Adverbs between a verb and its preposition ("was later arrested in", "died there in"). */
const ADVERB = /^(?:there|again|\p{Ll}{3,}ly)$/u;

/** The event class of crowds: a story's marches are in many places. */
const CROWD = 'crowd';

/**
 * Where a date between a verb and its place phrase starts ("died on Sunday at Halden General Hospital", "was arrested
 * Friday in Tacoma"), as a token index; k when none. A place found past one is rule verb-date-place.
 */
function pastDate(analysis: Analysis, context: SentenceContext, k: number): number {
  const before = context.tokens[k - 1];
  const date = before && within(analysis.dates, context.span).find((d) => d.end === before.end && (d.kind === 'date' || d.kind === 'time'));
  if (!date) return k;
  let at = tokenAt(context, date.start);
  if (/^(?:on|at|early|late)$/i.test(context.tokens[at - 1]?.text ?? '')) at--;
  return at;
}

/** The event word or past-tense verb that a preposition at position k attaches to, as the claim's slot. */
function eventBefore(context: SentenceContext, k: number): { slot: string; at: number } | undefined {
  let at = k - 1;
  const particle = PARTICLE.test(context.tokens[at]?.text ?? '') ? context.lower[at] : undefined;
  if (particle || ADVERB.test(context.tokens[at]?.text ?? '')) at--;
  const token = context.tokens[at];
  if (!token || (/^\p{Lu}/u.test(token.text) && !token.sentenceStart)) return undefined;
  const word = context.lower[at];
  // "the injured in Athens" are people, not an event; "the shooting in Leith" is one.
  if (isPastForm(word) && qualifiesNoun(context, at)) return undefined;
  // A phrasal verb is keyed as written: "pulled up to" is no "pulled over".
  if (particle) return isPastForm(word) && !REPORTING_WORDS.has(word) ? { slot: `${verbStem(word)} ${particle}`, at } : undefined;
  const event = EVENT_WORDS.get(word);
  // Protests and marches fill many towns' streets at once ("protests in Athens", "protesters in Thessaloniki").
  if (event === CROWD) return undefined;
  if (event) return { slot: event, at };
  // "said in Athens" tells where it was told, not what happened.
  return isPastForm(word) && !REPORTING_WORDS.has(word) ? { slot: verbStem(word), at } : undefined;
}

/** The region that may follow a place after a comma ("Tacoma, Washington"): the sentence's next mention. */
function regionAfter(analysis: Analysis, mention: Mention, next: Mention | undefined): Mention | undefined {
  return next?.type === 'place' && /^,\s*$/.test(analysis.text.slice(mention.end, next.start)) ? next : undefined;
}

/** A place of an event and the chains it names (the place and its region), which are its value, not its participants. */
type Found = FoundPhrase & { places: number[] };

function eventPlaces(analysis: Analysis, context: SentenceContext): Found[] {
  const found: Found[] = [];
  const mentions = context.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.type !== 'place') continue;
    let k = tokenAt(context, mention.start) - 1;
    while (k >= 0 && (PLACE_LEAD.test(context.tokens[k].text) || COMPASS_WORDS.has(context.lower[k]))) k--;
    if (!PLACE_PREPOSITION.test(context.tokens[k]?.text ?? '')) continue;
    const dated = pastDate(analysis, context, k);
    const event = eventBefore(context, dated);
    if (!event) continue;
    const region = regionAfter(analysis, mention, mentions[i + 1]);
    // The region is read with its town, not as a place of its own.
    if (region) i++;
    const written = region ? `${mention.text}, ${region.text}` : mention.text;
    const end = (region ?? mention).end;
    const verb = context.tokens[event.at];
    found.push({
      rule: dated === k ? 'verb-at-place' : 'verb-date-place', kind: 'event-place', slot: event.slot, start: verb.start, end, attribute: `place of ${verb.text.toLowerCase()}`, subject: event.slot,
      value: placeValue(written.replace(/\.$/, '')), places: region ? [mention.chain, region.chain] : [mention.chain],
    });
  }
  return found;
}

/** Where the events of each sentence happened. */
export function eventPlaceClaims(analysis: Analysis, contexts: readonly SentenceContext[]): Claim[] {
  const claims: Claim[] = [];
  for (const context of contexts) {
    for (const f of eventPlaces(analysis, context)) {
      const claim = claimFromPhrase(analysis, context, f, 'place', undefined);
      claims.push({ ...claim, subjectChains: claim.subjectChains.filter((c) => !f.places.includes(c)) });
    }
  }
  return claims;
}
