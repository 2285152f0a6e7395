// A claim as the index keeps it: its group key and the cross-document entities of its sentence.
import { CROWD } from '../claims/kinds/peopleCount';
import { VERB_AND_OBJECT_RULE } from '../claims/dateClaims';
import { kindOf } from '../claims/kinds/registry';
import { slotPool } from './quantitySlots';
import { inTextOrder, within } from '../claims/spans';
import { COMMON_SOURCES, FUNCTION_WORDS, MONTHS, monthOfIsoDate, PARTIAL_QUANTIFIERS, REPORTING_WORDS, WEEKDAYS } from '../language/en';
import { pushTo } from '../multiMap';
import { NO_CONTAINMENT, placeKey, type NestedPlaces } from './placeContainment';
import type { Claim, DateMention, DocumentAnalysis, EntityType, Mention } from '../types';

export interface Entry {
  docId: string;
  claim: Claim;
  /** Kind and slot plus, for an entity's claims, the entity: only entries with one key are compared. */
  key: string;
  persons: Set<string>;
  organizations: Set<string>;
  places: Set<string>;
  /** The names of its places (placeContainment.ts placeKey), by id: what tells that one place lies in another. */
  placeNames: Map<string, string>;
  entities: Set<string>;
  /** For counts of things, the sentence's other lower-case words: what was done to the things counted. */
  context?: Set<string>;
  /** The day the claim's sentence names ("2008-12-06" or "weekday:monday"): claims of two days are two events. */
  day?: string;
  /** For figures compared by score (quantitySlots.ts), the content words of the claim's sentence, read when first asked for. */
  words?: () => Set<string>;
  /** Whether its article states its own date, which tells a claim of an earlier period from the story's own. */
  datedArticle: boolean;
  /**
   * Whether its article gives a figure of its key both for an earlier period and for none ("In 1970 a quake killed
   * 27,000 ... this one killed 600"): the article tells the two events apart, so its figures meet the other side's
   * only within the same camp.
   */
  periodsTold?: boolean;
  /** The month its dated article is written in, as a period is named ("december"). */
  ownMonth?: string;
}

/** A period that names its month or year ("february", "2012"), not one told relative to the article ("last summer"). */
const NAMED_PERIOD = new RegExp(`^(?:${MONTHS.join('|')}|\\d{4})$`);

/** Two earlier events' periods that cannot be one: both name a month, or both a year, and they differ. */
function periodsClash(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b || !NAMED_PERIOD.test(a) || !NAMED_PERIOD.test(b)) return false;
  return /^\d/.test(a) === /^\d/.test(b);
}

/**
 * Whether a figure of a period and one of none are two events (two periods are told by periodsClash): when the period
 * is surely an earlier event's (its article's own date lies after it) or an article of the two tells its earlier
 * event from its own. An undated article that gives a figure only with a period ("in October, experts sorted
 * through 250,000 comments") may be dating the story's event itself, which the other leaves undated.
 */
export function periodsApart(a: Entry, b: Entry): boolean {
  // Dates carry their period as their value: earlierAndOwn tells theirs.
  if (a.claim.value.kind === 'date' || (a.claim.period === undefined) === (b.claim.period === undefined)) return false;
  // A count of times in a period counts that period's only ("arrested three times in October").
  if (a.claim.kind === 'repetition') return true;
  if (periodIsOwnMonth(a, b)) return false;
  return (a.claim.period === undefined ? b : a).datedArticle || a.periodsTold === true || b.periodsTold === true;
}

/**
 * Of a figure of a period and one of none, whether the period is the month the other's article is written in:
 * "recaptured last month after eight days on the run" in January tells the December article's own event.
 */
function periodIsOwnMonth(a: Entry, b: Entry): boolean {
  const [earlier, own] = a.claim.period === undefined ? [b, a] : [a, b];
  return own.ownMonth !== undefined && earlier.claim.period === own.ownMonth;
}

/** Marks the entries of one article's key when the article gives figures of that key both with a period and without. */
export function markPeriodsTold(group: Entry[]): void {
  const withPeriod = group.filter((e) => e.claim.period !== undefined).length;
  if (withPeriod === 0 || withPeriod === group.length) return;
  for (const e of group) e.periodsTold = true;
}

/** The first day named in the claim's sentence, as a weekday so that "Monday" and "December 8, 2008" compare. */
function sentenceDay(claim: Claim, lookups: Lookups): string | undefined {
  for (const d of within(lookups.dates, claim.sentence)) {
    if (d.kind !== 'date' || d.granularity !== 'day') continue;
    const named = WEEKDAYS.find((w) => d.text.toLowerCase().includes(w));
    if (named) return named;
    if (d.value && /^\d{4}-\d\d-\d\d$/.test(d.value)) return WEEKDAYS[new Date(`${d.value}T12:00:00Z`).getUTCDay()];
  }
  return undefined;
}

/**
 * The organization a sum or a contract length belongs to when a sentence lists several: the one named last before
 * it ("the Orioles around seven years, $140-150MM, and the Nationals at eight years, $160MM").
 */
function dealOwner(claim: Claim, lookups: Lookups): number | undefined {
  let owner: number | undefined;
  for (const m of within(lookups.mentions, { start: claim.sentence.start, end: claim.start })) if (m.type === 'organization') owner = m.chain;
  return owner;
}

/** "the ex-Soviet republic", "a U.S.-based firm": a place written into a word locates nothing. */
function onlyAsModifier(chain: number, claim: Claim, analysis: DocumentAnalysis, lookups: Lookups): boolean {
  const text = analysis.text;
  const inSentence = within(lookups.byChain.get(chain) ?? [], claim.sentence);
  return inSentence.length > 0 && inSentence.every((m) => text[m.start - 1] === '-' || text[m.end] === '-');
}

/** Words that say nothing of what was done to the things counted. */
const NOT_CONTENT = new Set([...FUNCTION_WORDS, ...REPORTING_WORDS, ...PARTIAL_QUANTIFIERS, ...COMMON_SOURCES]);

/** Lower-case words of four letters or more, function and reporting words left out, cut to four letters ("holding" and "hold"). */
function contentWords(text: string): Set<string> {
  return new Set((text.match(/(?<![\p{L}])\p{Ll}{4,}/gu) ?? []).filter((w) => !NOT_CONTENT.has(w)).map((w) => w.slice(0, 4)));
}

/** Lower-case words of three letters or more, function and reporting words left out: what a sentence says, for its TF-IDF cosine. */
function sentenceWords(text: string): Set<string> {
  return new Set((text.match(/(?<![\p{L}])\p{Ll}[\p{Ll}'’-]+\p{Ll}/gu) ?? []).filter((w) => !NOT_CONTENT.has(w)));
}

/** A value read the first time it is asked for, then kept. */
function readOnce<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

/** An article's mentions and dates in text order, and its mentions by chain: built once per article. */
interface Lookups {
  mentions: readonly Mention[];
  dates: readonly DateMention[];
  byChain: Map<number, Mention[]>;
}

const lookupsOf = new WeakMap<DocumentAnalysis, Lookups>();

function lookups(analysis: DocumentAnalysis): Lookups {
  let found = lookupsOf.get(analysis);
  if (!found) {
    const mentions = inTextOrder(analysis.mentions);
    const byChain = new Map<number, Mention[]>();
    for (const m of mentions) pushTo(byChain, m.chain, m);
    found = { mentions, dates: inTextOrder(analysis.dates), byChain };
    lookupsOf.set(analysis, found);
  }
  return found;
}

export function toEntry(docId: string, claim: Claim, analysis: DocumentAnalysis, entityOf: (chain: number) => string | undefined): Entry {
  const idOf = (chain: number): string => entityOf(chain) ?? `name:${analysis.chains[chain]?.name.toLowerCase()}`;
  const found = lookups(analysis);
  // The month the article is dated in, named as claims name their periods (extractClaims.ts periodKey).
  const ownMonth = monthOfIsoDate(analysis.referenceDate?.value ?? '');
  const kind = kindOf(claim);
  const owner = kind.matching === 'deal' ? dealOwner(claim, found) : undefined;
  const ofType = (types: EntityType[]): Set<string> =>
    owner !== undefined && types.includes('organization') ? new Set([idOf(owner)]) : new Set(claim.subjectChains.filter((c) => types.includes(analysis.chains[c]?.type)).map(idOf));
  const places = ofType(['place']);
  for (const chain of claim.subjectChains) if (analysis.chains[chain]?.type === 'place' && onlyAsModifier(chain, claim, analysis, found)) places.delete(idOf(chain));
  // A facility is filed by its distinctive name: two treatment centers' names differ in that word alone.
  const own = kind.scope !== 'entity' ? undefined : kind.ownerKey?.(claim) ?? (claim.subjectChains.length > 0 ? idOf(claim.subjectChains[0]) : undefined);
  // A claim's period is not part of its key: whether two periods, or a period and none, can be one event is told in
  // sameEvent.
  const slot = `${claim.kind}\u0000${claim.slot}`;
  return {
    docId,
    claim,
    key: own === undefined ? slot : `${slot}\u0000${own}`,
    persons: ofType(['person']),
    organizations: ofType(['organization']),
    places,
    placeNames: new Map(claim.subjectChains.filter((c) => places.has(idOf(c))).map((c) => [idOf(c), placeKey(analysis.chains[c].name)])),
    entities: new Set(claim.subjectChains.map(idOf)),
    day: sentenceDay(claim, found),
    datedArticle: (analysis.referenceDate?.value.length ?? 0) >= 7,
    ...(ownMonth !== undefined ? { ownMonth } : {}),
    ...(slotPool(claim) !== undefined ? { words: readOnce(() => sentenceWords(analysis.text.slice(claim.sentence.start, claim.sentence.end))) } : {}),
    ...(kind.matching === 'things' ? { context: contentWords(analysis.text.slice(claim.sentence.start, claim.start) + analysis.text.slice(claim.end, claim.sentence.end)) } : {}),
  };
}

/**
 * Whether the entity an entity attribute was filed under carries the name the sentence gives its owner: 'the
 * 41-year-old American' may be filed under the fighter the article names most, and says nothing of his age.
 */
export function ownerNamed(entry: Entry): boolean {
  const owner = entry.key.slice(entry.key.lastIndexOf('\u0000') + 1).toLowerCase();
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
  // Most groups hold no crowd: asked first, they gather no places (that was over half of comparing two articles).
  if (!entries.some((e) => e.claim.kind === 'people-count' && e.claim.slot === CROWD)) return entries;
  const candidates = new Set(others.flatMap((o) => [...o.places]));
  if (candidates.size === 0) return entries;
  let best: string | undefined;
  for (const place of candidates) if ((ownPlaces.get(place) ?? 0) > (best === undefined ? 0 : ownPlaces.get(best) ?? 0)) best = place;
  return entries.map((e) => (e.places.size > 0 ? e : { ...e, places: new Set([best ?? UNPLACED]) }));
}

/** A place no other entry has: an entry that cannot be placed shares no place with any other. */
const UNPLACED = '\u0000unplaced';

function disjointBothNonEmpty(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
}

/** Places that name two locations: none shared, and none lying in one of the other's ("Sakhalin island" in "Russia"). */
function placesApart(a: Entry, b: Entry, containment: NestedPlaces): boolean {
  if (!disjointBothNonEmpty(a.places, b.places)) return false;
  const names = (e: Entry): string[] => [...e.placeNames.values()];
  return !names(a).some((x) => names(b).some((y) => containment.nested(x, y)));
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
/** Sums other than what a party offers or is paid (damage, a haul, a bailout) belong to the story's one event. */
const eventSum = (claim: Claim): boolean => claim.kind === 'money' && !/^(?:deal|salary)\b/.test(claim.slot);

/** Two dates that their dated articles tell apart: one of an earlier period, the other of the story's own. */
function earlierAndOwn(a: Entry, b: Entry): boolean {
  return a.datedArticle && b.datedArticle && (a.claim.period === undefined) !== (b.claim.period === undefined) && !periodIsOwnMonth(a, b);
}

export function sameEvent(a: Entry, b: Entry, containment: NestedPlaces = NO_CONTAINMENT): boolean {
  return eventClash(a, b, containment) === undefined;
}

/** What tells two claims apart as two events (sameEvent), in words, or undefined when nothing does. */
export function eventClash(a: Entry, b: Entry, containment: NestedPlaces = NO_CONTAINMENT): string | undefined {
  const matching = kindOf(a.claim).matching;
  if (earlierAndOwn(a, b)) return 'an earlier period against the own';
  // A person's title is about that person, a facility's town about that facility, whoever else the sentences name.
  if (matching === 'owner') return undefined;
  if (periodsClash(a.claim.period, b.claim.period)) return 'periods';
  if (a.claim.value.kind !== 'date' && a.day !== undefined && b.day !== undefined && a.day !== b.day) return 'days';
  if (placesApart(a, b, containment)) return 'places';
  // Offers and deals are made by organizations: the Red Sox's offer is not the Nationals', nor an unnamed team's;
  // the people around it (agents, executives) vary from report to report.
  if (matching === 'deal' && !eventSum(a.claim)) return sameOrNone(a.organizations, b.organizations) && [...a.entities].some((x) => b.entities.has(x)) ? undefined : 'organizations';
  if (neitherContains(a.persons, b.persons)) return 'people';
  // "hit by seven bullets" and "a rifle that held five bullets" count different things: counts of things are
  // compared only when their sentences share a word besides the thing.
  if (a.context && b.context && ![...a.context].some((w) => b.context?.has(w))) return 'what was done to the things';
  // Articles date many events and name many sums: those need a shared participant.
  // A verb and its object noun in both (one key) name the event themselves (dateClaims.ts).
  if (matching === 'dated' && a.claim.rule === VERB_AND_OBJECT_RULE && b.claim.rule === VERB_AND_OBJECT_RULE) return undefined;
  if (matching === 'dated') return !neitherContains(a.organizations, b.organizations) && [...a.entities].some((x) => b.entities.has(x)) ? undefined : 'no shared participant';
  return undefined;
}
