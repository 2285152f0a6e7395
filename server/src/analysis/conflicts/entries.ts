// A claim as the index keeps it: its group key and the cross-document entities of its sentence.
import { ENTITY_ATTRIBUTES } from '../claims/attributes';
import { EVENT_WORDS, mentionsIn } from '../claims/context';
import { facilityKey } from '../claims/phraseClaims';
import type { Claim, DocumentAnalysis, EntityType } from '../types';

export interface Entry {
  docId: string;
  claim: Claim;
  /** Attribute plus, for entity attributes, the entity: only entries with one key are compared. */
  key: string;
  persons: Set<string>;
  organizations: Set<string>;
  places: Set<string>;
  entities: Set<string>;
  /** For counts of things, the sentence's other lower-case words: what was done to the things counted. */
  context?: Set<string>;
  /** The day the claim's sentence names ("2008-12-06" or "weekday:monday"): claims of two days are two events. */
  day?: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The first day named in the claim's sentence, as a weekday so that "Monday" and "December 8, 2008" compare. */
function sentenceDay(claim: Claim, analysis: DocumentAnalysis): string | undefined {
  for (const d of analysis.dates) {
    if (d.kind !== 'date' || d.granularity !== 'day' || d.start < claim.sentence.start || d.end > claim.sentence.end) continue;
    const named = WEEKDAYS.find((w) => d.text.toLowerCase().includes(w));
    if (named) return named;
    if (d.value && /^\d{4}-\d\d-\d\d$/.test(d.value)) return WEEKDAYS[new Date(`${d.value}T12:00:00Z`).getUTCDay()];
  }
  return undefined;
}

/** The article's main entities: those it names at least twice, or all of them in a short article. */
export function salientEntities(analysis: DocumentAnalysis, entityOf: (chain: number) => string | undefined): Set<string> {
  const named = analysis.chains.map((c, i) => ({ id: entityOf(i) ?? `name:${c.name.toLowerCase()}`, count: c.mentions.length, type: c.type }));
  const repeated = named.filter((c) => c.count >= 2);
  return new Set((repeated.length >= 3 ? repeated : named).map((c) => c.id));
}

const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Event classes too common to say two articles tell one story ("said", "hit", "deal" happen everywhere). */
const WEAK_EVENTS = new Set(['strike', 'call', 'deal', 'vote', 'win', 'appointment', 'release', 'crowd']);

/** Capitalised words inside sentences (not after a full stop), months and weekdays left out: names the recognizer may miss. */
export function properWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{Ll},;:'"’)] )\p{Lu}\p{Ll}{2,}/gu)) if (!CALENDAR_WORDS.test(m[0])) words.add(m[0].toLowerCase());
  return words;
}

/** The kinds of events an article's claims are about ("earthquake", "election"), common ones left out. */
export function storyEvents(analysis: DocumentAnalysis): Set<string> {
  const events = new Set<string>();
  for (const claim of analysis.claims) for (const word of claim.triggers) if (!WEAK_EVENTS.has(EVENT_WORDS[word])) events.add(EVENT_WORDS[word]);
  return events;
}

/** Sums and contract lengths, which are each one party's offer or deal. */
function isDealTerm(attribute: string): boolean {
  return attribute.startsWith('money') || attribute.startsWith('contract length');
}

/**
 * The organization a sum or a contract length belongs to when a sentence lists several: the one named last before
 * it ("the Orioles around seven years, $140-150MM, and the Nationals at eight years, $160MM").
 */
function dealOwner(claim: Claim, analysis: DocumentAnalysis): number | undefined {
  let owner: number | undefined;
  for (const m of mentionsIn(analysis, claim.sentence)) if (m.type === 'organization' && m.start >= claim.sentence.start && m.end <= claim.start) owner = m.chain;
  return owner;
}

/** "the ex-Soviet republic", "a U.S.-based firm": a place written into a word locates nothing. */
function onlyAsModifier(chain: number, claim: Claim, analysis: DocumentAnalysis): boolean {
  const text = analysis.text;
  const inSentence = mentionsIn(analysis, claim.sentence).filter((m) => m.chain === chain && m.start >= claim.sentence.start && m.end <= claim.sentence.end);
  return inSentence.length > 0 && inSentence.every((m) => text[m.start - 1] === '-' || text[m.end] === '-');
}

const FUNCTION_WORDS = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'were', 'their', 'they', 'which', 'said', 'says', 'also', 'after', 'before', 'about', 'into', 'other', 'more', 'than', 'would', 'could', 'there', 'when', 'where', 'while', 'some', 'police', 'officials']);

/** Lower-case words of four letters or more, function and reporting words left out, cut to four letters ("holding" and "hold"). */
function contentWords(text: string): Set<string> {
  return new Set((text.match(/(?<![\p{L}])\p{Ll}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w.slice(0, 4)));
}

export function toEntry(docId: string, claim: Claim, analysis: DocumentAnalysis, entityOf: (chain: number) => string | undefined): Entry {
  const idOf = (chain: number): string => entityOf(chain) ?? `name:${analysis.chains[chain]?.name.toLowerCase()}`;
  const owner = isDealTerm(claim.attribute) ? dealOwner(claim, analysis) : undefined;
  const ofType = (types: EntityType[]): Set<string> =>
    owner !== undefined && types.includes('organization') ? new Set([idOf(owner)]) : new Set(claim.subjectChains.filter((c) => types.includes(analysis.chains[c]?.type)).map(idOf));
  const places = ofType(['place']);
  for (const chain of claim.subjectChains) if (analysis.chains[chain]?.type === 'place' && onlyAsModifier(chain, claim, analysis)) places.delete(idOf(chain));
  // A facility is filed by its distinctive name: two treatment centers' names differ in that word alone.
  const own = claim.attribute === 'location' ? `facility:${facilityKey(claim.subject)}` : ENTITY_ATTRIBUTES.has(claim.attribute) && claim.subjectChains.length > 0 ? idOf(claim.subjectChains[0]) : undefined;
  return {
    docId,
    claim,
    key: own === undefined ? claim.attribute : `${claim.attribute}\u0000${own}`,
    persons: ofType(['person']),
    organizations: ofType(['organization']),
    places,
    entities: new Set(claim.subjectChains.map(idOf)),
    day: sentenceDay(claim, analysis),
    ...(claim.attribute.startsWith('count: ') ? { context: contentWords(analysis.text.slice(claim.sentence.start, claim.start) + analysis.text.slice(claim.end, claim.sentence.end)) } : {}),
  };
}

/**
 * Whether the entity an entity attribute was filed under carries the name the sentence gives its owner: 'the
 * 41-year-old American' may be filed under the fighter the article names most, and says nothing of his age.
 */
export function ownerNamed(entry: Entry): boolean {
  const owner = entry.key.slice(entry.key.indexOf('\u0000') + 1).toLowerCase();
  return entry.claim.subject.toLowerCase().split(/\s+/).some((w) => w.length > 2 && owner.includes(w));
}

/** How often the article names each place: the most named is where its unplaced figures are taken to be. */
export function placeMentions(analysis: DocumentAnalysis, entityOf: (chain: number) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  analysis.chains.forEach((c, i) => {
    if (c.type === 'place') counts.set(entityOf(i) ?? `name:${c.name.toLowerCase()}`, c.mentions.length);
  });
  return counts;
}

/**
 * A crowd is always some city's. A crowd figure whose sentence names no place, against the other article's placed
 * crowds, is taken to be about the place among theirs that its own article names most ("Police put the march at
 * roughly 30,000" in an article about Athens); when its article names none of them, it is about somewhere else and
 * compared with none of them.
 */
export function placeAgainst(entries: Entry[], others: Entry[], ownPlaces: Map<string, number>): Entry[] {
  const candidates = new Set(others.flatMap((o) => [...o.places]));
  if (candidates.size === 0 || !entries.some((e) => e.claim.attribute.startsWith('crowd size'))) return entries;
  let best: string | undefined;
  for (const place of candidates) if ((ownPlaces.get(place) ?? 0) > (best === undefined ? 0 : ownPlaces.get(best) ?? 0)) best = place;
  return entries.map((e) => (e.places.size > 0 ? e : { ...e, places: new Set([best ?? UNPLACED]) }));
}

/** A place no other entry has: an entry that cannot be placed shares no place with any other. */
const UNPLACED = '\u0000unplaced';

function disjointBothNonEmpty(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
}

function neitherContains(a: Set<string>, b: Set<string>): boolean {
  const aInB = [...a].every((x) => b.has(x));
  const bInA = [...b].every((x) => a.has(x));
  return a.size > 0 && b.size > 0 && !aInB && !bInA;
}

/** Both sides name no organization, or they share one. */
function sameOrNone(a: Set<string>, b: Set<string>): boolean {
  return (a.size === 0 && b.size === 0) || [...a].some((x) => b.has(x));
}

/**
 * Whether two claims can be about the same event: their participants do not clash (one sentence's people
 * include the other's: Biden-Xi and Trump-Xi calls are two events) and their places do not differ.
 */
export function sameEvent(a: Entry, b: Entry): boolean {
  // A person's title is about that person, a facility's town about that facility, whoever else the sentences name.
  if (a.claim.attribute === 'executive title' || a.claim.attribute === 'location') return true;
  if (a.claim.value.kind !== 'date' && a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  if (disjointBothNonEmpty(a.places, b.places)) return false;
  // Offers and deals are made by organizations: the Red Sox's offer is not the Nationals', nor an unnamed team's;
  // the people around it (agents, executives) vary from report to report.
  if (isDealTerm(a.claim.attribute)) return sameOrNone(a.organizations, b.organizations) && [...a.entities].some((x) => b.entities.has(x));
  if (neitherContains(a.persons, b.persons)) return false;
  // "hit by seven bullets" and "a revolver loaded with four bullets" count different things: counts of things are
  // compared only when their sentences share a word besides the thing.
  if (a.context && b.context && ![...a.context].some((w) => b.context?.has(w))) return false;
  // Articles date many events and name many sums: those need a shared participant.
  if (a.claim.value.kind === 'date') return !neitherContains(a.organizations, b.organizations) && [...a.entities].some((x) => b.entities.has(x));
  return true;
}
