// Conflicting claims across articles of one story. Claims are compared only within the story an article belongs
// to, and only when asked: entity ids and stories are read at that moment, so the conflicts shown do not depend on
// the order articles were indexed in. A story's conflicts are kept until one of its articles, its membership or
// one of the entity ids their computation read changes.
import { capitalise } from '../capitalise';
import { yearOff, yearsApart } from '../claims/kinds/age';
import { valueDistance } from '../claims/kinds/figures';
import { INCOMPARABLE, type Comparison } from '../claims/kinds/kind';
import { compareClaims, kindOf } from '../claims/kinds/registry';
import { pushTo } from '../multiMap';
import type { Claim, DocumentAnalysis } from '../types';
import { conflictId } from './conflictId';
import { EMPTY_DISMISSED, type DismissedConflicts } from './dismissed';
import { eventClash, markPeriodsTold, ownerNamed, periodsApart, placeAgainst, placeMentions, toEntry, type Entry } from './entries';
import { containmentPairs, CorpusPlacePairs, PlaceReads, type NestedPlaces } from './placeContainment';
import { DAYS_APART_FOR_TWO_EVENTS, EventCamps, slotOf, type Dispute, type PairTally } from './eventCamps';
import { articleNames, sameNames, spellingClaim, variantPairs, type ArticleNames, type VariantPair } from './nameVariants';
import { compareScored, scoredOnly, SLOT_INPUTS, SLOT_MODEL, slotPool, slotReasons, type ScoredComparison, type SlotModel } from './quantitySlots';

export { addDismissal, parseDismissed, serializeDismissed, type DismissedConflicts } from './dismissed';

export type ConflictKind = 'contradiction' | 'discrepancy' | 'update';

export interface ClaimRef {
  docId: string;
  claim: Claim;
}

export interface Conflict {
  /** Stable across small edits: attribute, subject, documents and normalised quotes, no offsets. */
  id: string;
  kind: ConflictKind;
  attribute: string;
  subject: string;
  /** The rules that made both claims and the comparison that found them in conflict ("quantity/toll-noun → compare/intervals"). */
  rule: string;
  /** The comparison rule of the claims' kind that found them in conflict ("intervals", "dates"). */
  comparedBy: string;
  message: string;
  a: ClaimRef;
  b: ClaimRef;
  /** For figures judged one slot by score: the score and the inputs that weighed most, in words. */
  slotScore?: { score: number; reasons: string[] };
}

/** Two figures of a story that the slot score weighs, with its inputs: what scripts/fit-quantity-slots.ts fits on. */
export interface SlotCandidate {
  a: ClaimRef;
  b: ClaimRef;
  /** How the two values relate, whatever the score. */
  relation: Comparison['relation'];
  inputs: number[];
}

/** What the index asks of the corpus when it compares: current entity ids and the story of each article. */
export interface ConflictContext {
  entityOf(docId: string, chain: number): string | undefined;
  /** The articles of the story the article belongs to (itself included); undefined when it belongs to none yet. */
  storyOf(docId: string): readonly string[] | undefined;
  /** Whether two articles of one story are close enough for their claims to be compared; without it every pair is. */
  comparable?(a: string, b: string): boolean;
  /** Changes whenever an id `entityOf` gave may have changed; without it a kept story's ids are all read again. */
  entityVersion?(): number;
  /** Changes whenever the stories may have (an article added, replaced or removed, new story decisions); without it they are found again on every ask. */
  storiesVersion?(): number;
}

interface StoredDocument {
  analysis: DocumentAnalysis;
  /** Bumped on every update, so a story's cached conflicts know their article changed. */
  version: number;
  /** The words of names it writes, for spellings that differ across the story: found when its story is first compared, not on every add. */
  names?: ArticleNames;
}

/**
 * The entity ids an article's indexing read: its chains and the id each had, each chain and id once (an article reads
 * a chain for every claim about it). Shared by the kept article and the story caches that read it, not copied.
 */
interface EntityReads {
  docId: string;
  chains: number[];
  ids: Array<string | undefined>;
}

interface StoryCache {
  /** The members' versions, joined. */
  versions: string;
  /** The context's entity version when the reads were last found to hold. */
  entityVersion: number | undefined;
  /** The members' reads. */
  reads: EntityReads[];
  places: PlaceReads;
  conflicts: Conflict[];
}

/** An indexed article kept for its story's next comparison, with the entity ids it read. */
interface KeptDocument {
  version: number;
  reads: EntityReads;
  /** The context's entity version when the reads were last found to hold. */
  entityVersion: number | undefined;
  indexed: IndexedDocument;
}

interface IndexedDocument {
  docId: string;
  /** Unique to this indexing of the article: a kept pair comparison names the two it compared by these. */
  serial: number;
  referenceDate?: string;
  places: Map<string, number>;
  groups: Map<string, Entry[]>;
  /** Figures compared by score, by unit (quantitySlots.ts slotPool). */
  pools: Map<string, Entry[]>;
}

/**
 * What a story's comparison takes from comparing two of its articles. The articles are named by their serials, not
 * held: a pair kept after one of them was indexed again (or dropped from the recent ones) held its old claims' entries.
 */
interface PairComparison {
  serials: readonly [number, number];
  /** Claims of either that the other confirms, and by which article. */
  confirmed: Array<{ docId: string; claim: Claim; by: string }>;
  conflicts: Conflict[];
  tally: PairTally;
  places: PlaceReads;
}

/** How many indexed articles and pair comparisons are kept for the next comparison of their stories: a few large stories. */
const RECENT_DOCUMENTS = 200;
const RECENT_PAIRS = 4000;

/** Keeps a value as the newest of at most `limit`, dropping the oldest. */
function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as string);
}

/** A slot model that takes every scored pair as one slot, whatever its inputs: the candidates' relations, for fitting. */
const ANY_SCORE: SlotModel = { weights: new Array<number>(SLOT_INPUTS.length + 1).fill(0), threshold: -Infinity };

/** Dates at most so many days apart, or unknown. */
function closeInTime(a: string | undefined, b: string | undefined, maxDays: number): boolean {
  if (!a || !b) return true;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return !(days > maxDays);
}

/** Enough words around a claim for a reader to recognise it ("killing at least five people"). */
function quote(claim: Claim, text: string | undefined): string {
  if (text === undefined) return claim.text;
  const before = text.slice(claim.sentence.start, claim.start).split(/\s+/).filter(Boolean).slice(-2).join(' ');
  const after = text.slice(claim.end, claim.sentence.end).split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
  return [before, claim.text, after].filter(Boolean).join(' ').replace(/[,;:]$/, '');
}

/** Two places given as a claim's value where one lies in the other ("Jackson Heights", "Queens"): both can hold. */
function nestedPlaces(a: Claim, b: Claim, containment: NestedPlaces): boolean {
  if (a.value.kind !== 'place' || b.value.kind !== 'place') return false;
  const [x, y] = [a.value.parts[0], b.value.parts[0]];
  return x !== undefined && y !== undefined && x !== y && containment.nested(x, y);
}

/** What keeps two claims of one key from being compared as one event's, in words; undefined when nothing does. */
function twoEventsBy(docA: IndexedDocument, a: Entry, docB: IndexedDocument, b: Entry, containment: NestedPlaces): string | undefined {
  const clash = eventClash(a, b, containment);
  if (clash !== undefined) return clash;
  if (periodsApart(a, b)) return 'a period against none';
  // Values that change with time (ages) are not compared between articles whose stated dates lie too far apart; an
  // article without a date gives no sign of being months from the other, in a story that is one event.
  const stable = kindOf(a.claim).stableForDays;
  if (stable !== undefined && !closeInTime(docA.referenceDate, docB.referenceDate, stable)) return 'article dates too far apart';
  return nestedPlaces(a.claim, b.claim, containment) ? 'one place in the other' : undefined;
}

/** A group of claims both articles have (one key, or one pool of scored figures), each side placed against the other. */
interface SharedGroup {
  entriesA: Entry[];
  entriesB: Entry[];
  pooled: boolean;
}

/** The groups two articles share, keyed first, then pooled: the walk of every comparison of the pair. */
function sharedGroups(a: IndexedDocument, b: IndexedDocument): SharedGroup[] {
  const keyed = [...a.groups].map(([k, entries]) => [entries, b.groups.get(k), false] as const);
  const pooled = [...a.pools].map(([k, entries]) => [entries, b.pools.get(k), true] as const);
  const shared: SharedGroup[] = [];
  for (const [own, others, isPool] of [...keyed, ...pooled]) {
    if (others) shared.push({ entriesA: placeAgainst(own, others, a.places), entriesB: placeAgainst(others, own, b.places), pooled: isPool });
  }
  return shared;
}

/**
 * How far two articles' claims get towards a shown conflict, from least to furthest: the stage a missed label is
 * lost at (the eval's report). Each names the step that stopped it.
 */
export const PAIR_STAGES = [
  'not in one story',
  'in one story, not linked',
  'different slots',
  'scored as different slots',
  'one slot, another event',
  'one slot, values agree or not comparable',
  'conflicting, not shown',
  'shown',
] as const;
export type PairStage = (typeof PAIR_STAGES)[number];

export class ConflictIndex {
  private readonly documents = new Map<string, StoredDocument>();
  private readonly texts = new Map<string, string>();
  /** Story members (sorted, joined) → what the conflicts were computed from, and the conflicts. */
  private readonly stories = new Map<string, StoryCache>();
  /** Every story's indexed members, while the stories stay as they were. */
  private storyLists: { version: number; stories: string[][] } | undefined;
  /** The entity ids read by the story comparison running now, to keep with its conflicts. */
  private reads: EntityReads[] | undefined;
  /** The entity ids read by the article being indexed now, and the last id noted of each chain. */
  private reading: { reads: EntityReads; noted: Map<number, string | undefined> } | undefined;
  private dismissedIds = new Set<string>();
  private nextVersion = 0;
  private nextSerial = 0;
  /** The articles of the stories compared last, indexed, and their pairs' comparisons (a few stories' worth, oldest dropped first). */
  private readonly recentDocuments = new Map<string, KeptDocument>();
  private readonly recentPairs = new Map<string, PairComparison>();
  /** The name variants of the stories compared last, by members, with the members' names they were found in. */
  private readonly recentVariants = new Map<string, { names: ArticleNames[]; pairs: VariantPair[] }>();
  /** Which place lies in which, as the corpus's articles write it. */
  private readonly placePairs = new CorpusPlacePairs();

  /** `slotModel`: how two general figures are scored as one slot (fit in quantitySlotWeights.json). */
  constructor(private readonly context: ConflictContext, private readonly slotModel: SlotModel = SLOT_MODEL) {}

  /** The same articles compared under another slot model, for fitting it (scripts/fit-quantity-slots.ts). */
  withSlotModel(model: SlotModel, keep: (docId: string) => boolean = () => true): ConflictIndex {
    const copy = new ConflictIndex(this.context, model);
    for (const [docId, stored] of this.documents) if (keep(docId)) copy.setDocument(docId, stored.analysis);
    return copy;
  }

  setDocument(docId: string, analysis: DocumentAnalysis): void {
    this.documents.set(docId, { analysis, version: this.nextVersion++ });
    this.texts.set(docId, analysis.text);
    this.placePairs.set(docId, containmentPairs(analysis));
  }

  removeDocument(docId: string): void {
    this.documents.delete(docId);
    this.texts.delete(docId);
    this.placePairs.delete(docId);
  }

  /** Every conflict where one side is in the document, dismissed ones left out. */
  conflictsFor(docId: string): Conflict[] {
    if (!this.documents.has(docId)) return [];
    return this.storyConflicts(this.membersOf(docId)).filter((c) => (c.a.docId === docId || c.b.docId === docId) && this.shown(c));
  }

  all(): Conflict[] {
    return this.everyConflict().filter((c) => this.shown(c));
  }

  /** The conflicts the user dismissed that would otherwise be shown, so a view can offer to bring them back. */
  dismissed(): Conflict[] {
    return this.dismissedIds.size === 0 ? [] : this.everyConflict().filter((c) => this.dismissedIds.has(c.id));
  }

  /** Every story's conflicts, dismissed or not. */
  private everyConflict(): Conflict[] {
    return this.everyStory().flatMap((members) => this.storyConflicts(members));
  }

  /** Every story's members, found again only after the stories changed; caches of stories that no longer exist are dropped then. */
  private everyStory(): string[][] {
    const version = this.context.storiesVersion?.();
    if (version !== undefined && this.storyLists?.version === version) return this.storyLists.stories;
    const seen = new Set<string>();
    const live = new Set<string>();
    const stories: string[][] = [];
    for (const docId of this.documents.keys()) {
      if (seen.has(docId)) continue;
      const members = this.membersOf(docId);
      for (const m of members) seen.add(m);
      live.add(members.join('\u0000'));
      stories.push(members);
    }
    for (const key of this.stories.keys()) if (!live.has(key)) this.stories.delete(key);
    if (version !== undefined) this.storyLists = { version, stories };
    return stories;
  }

  setDismissed(d: DismissedConflicts = EMPTY_DISMISSED): void {
    this.dismissedIds = new Set(d.dismissed.map((x) => x.id));
  }

  private shown(conflict: Conflict): boolean {
    return !this.dismissedIds.has(conflict.id);
  }

  /** The indexed articles of a story, sorted: the order every comparison runs in. */
  private membersOf(docId: string): string[] {
    const story = this.context.storyOf(docId) ?? [docId];
    return [...new Set(story)].filter((m) => this.documents.has(m)).sort();
  }

  /** The members' versions: a story's conflicts hold while these and the entity ids they read stay the same. */
  private versionsOf(members: readonly string[]): string {
    return members.map((m) => this.documents.get(m)?.version).join(',');
  }

  /** The entity id of a chain, noted on the article being indexed unless it was noted already. */
  private entityOf(docId: string, chain: number): string | undefined {
    const id = this.context.entityOf(docId, chain);
    const reading = this.reading;
    if (reading && (reading.noted.get(chain) !== id || !reading.noted.has(chain))) {
      reading.noted.set(chain, id);
      reading.reads.chains.push(chain);
      reading.reads.ids.push(id);
    }
    return id;
  }

  /** Whether every entity id an article's indexing read is still the id. */
  private readsHold({ docId, chains, ids }: EntityReads): boolean {
    return chains.every((chain, i) => this.context.entityOf(docId, chain) === ids[i]);
  }

  /**
   * A story's conflicts, computed again only when a member changed or an entity id they read did: checking the ids
   * read costs a lookup each, where recomputing every member's ids (all their chains) cost most of a side bar's
   * first request and of the diagnostics published after indexing, one story per member.
   */
  private storyConflicts(members: readonly string[]): Conflict[] {
    if (members.length < 2) return [];
    const key = members.join('\u0000');
    const versions = this.versionsOf(members);
    const cached = this.stories.get(key);
    const entityVersion = this.context.entityVersion?.();
    if (cached?.versions === versions && this.placesHold(cached.places)) {
      if (entityVersion !== undefined && cached.entityVersion === entityVersion) return cached.conflicts;
      if (cached.reads.every((r) => this.readsHold(r))) {
        cached.entityVersion = entityVersion;
        return cached.conflicts;
      }
    }
    const reads: EntityReads[] = [];
    this.reads = reads;
    try {
      const places = new PlaceReads(this.placePairs.version);
      const conflicts = this.compareStory(members, places);
      this.stories.set(key, { versions, entityVersion, reads, places, conflicts });
      return conflicts;
    } finally {
      this.reads = undefined;
    }
  }

  /** Whether the containment answers a comparison read are still the answers (always, while no pair came or went). */
  private placesHold(places: PlaceReads): boolean {
    if (places.version === this.placePairs.version) return true;
    if (!places.holdIn(this.placePairs.containment())) return false;
    places.version = this.placePairs.version;
    return true;
  }

  /**
   * One step of the comparison of an article's story before it is asked for: the article's claims indexed, or its
   * comparison with one more member made, when not kept already, and last the story's name variants; false once
   * nothing is left. A host runs it in
   * slices after an article changed, so that a large article's first comparison (seconds for one near the size
   * limit) does not hold up requests: the comparison asked for next finds every pair kept. Answers are the same.
   */
  compareSome(docId: string): boolean {
    const stored = this.documents.get(docId);
    if (!stored) return false;
    const members = this.membersOf(docId);
    if (members.length < 2 || this.stories.get(members.join('\u0000'))?.versions === this.versionsOf(members)) return false;
    if (this.recentDocuments.get(docId)?.version !== stored.version) {
      this.indexed(docId);
      return true;
    }
    const own = this.indexed(docId);
    for (const m of members) {
      if (m === docId) continue;
      const [a, b] = m < docId ? [this.indexed(m), own] : [own, this.indexed(m)];
      if (this.keptPair(a, b)) continue;
      this.comparedPair(a, b);
      return true;
    }
    this.variantsOf(members);
    return false;
  }

  /**
   * Two claims of a group both articles have, compared: pooled figures by the slot score (figures that both have a key
   * of their own are left to the keyed comparison), keyed ones by value when nothing tells their events apart
   * (`apart` says what did).
   */
  private compareEntries(docA: IndexedDocument, a: Entry, docB: IndexedDocument, b: Entry, pooled: boolean, containment: NestedPlaces): ScoredComparison & { apart?: string } {
    if (pooled) return scoredOnly(a.claim) || scoredOnly(b.claim) ? compareScored(a, b, this.slotModel) : INCOMPARABLE;
    const apart = twoEventsBy(docA, a, docB, b, containment);
    return apart === undefined ? compareClaims(a.claim, b.claim) : { ...INCOMPARABLE, apart };
  }

  private compareStory(members: readonly string[], placeReads: PlaceReads): Conflict[] {
    const indexed = members.map((m) => this.indexed(m));
    const camps = new EventCamps();
    const found = new Map<string, Conflict>();
    for (let i = 0; i < indexed.length; i++) {
      for (let j = i + 1; j < indexed.length; j++) {
        const pair = this.comparedPair(indexed[i], indexed[j]);
        placeReads.add(pair.places);
        for (const { docId, claim, by } of pair.confirmed) camps.confirm(docId, claim, by);
        for (const conflict of pair.conflicts) found.set(conflict.id, conflict);
        camps.setPair(indexed[i].docId, indexed[j].docId, pair.tally);
      }
    }
    const comparable = this.context.comparable ?? (() => true);
    const conflicts = [...found.values()].filter((c) => !camps.twoEvents(c) && comparable(c.a.docId, c.b.docId));
    conflicts.push(...this.variantsOf(members).map((pair) => this.spellingConflict(pair)));
    return conflicts;
  }

  /**
   * The story's names written two ways, kept while its members' names are the same: the same versions, or an
   * edited member's names read the same as before (variantPairs reads the whole story's names).
   */
  private variantsOf(members: readonly string[]): VariantPair[] {
    const names = members.flatMap((m) => this.namesOf(m));
    const key = members.join('\u0000');
    const kept = this.recentVariants.get(key);
    if (kept && kept.names.length === names.length && kept.names.every((n, i) => sameNames(n, names[i]))) {
      kept.names = names;
      return kept.pairs;
    }
    const pairs = variantPairs(names);
    remember(this.recentVariants, key, { names, pairs }, RECENT_DOCUMENTS);
    return pairs;
  }

  /**
   * Two articles compared, or the comparison kept from the last time the very same indexed articles met: an edit
   * compares its article with each other of the story, not every pair of the story again.
   */
  private comparedPair(a: IndexedDocument, b: IndexedDocument): PairComparison {
    const key = `${a.docId}\u0000${b.docId}`;
    const kept = this.keptPair(a, b);
    if (kept && this.placesHold(kept.places)) return kept;
    const places = new PlaceReads(this.placePairs.version);
    const containment = places.reading(this.placePairs.containment());
    let agreements = 0;
    let farApart = !closeInTime(a.referenceDate, b.referenceDate, DAYS_APART_FOR_TWO_EVENTS);
    const disputes: Dispute[] = [];
    const confirmed: PairComparison['confirmed'] = [];
    const conflicts: Conflict[] = [];
    for (const shared of sharedGroups(a, b)) {
      const compared = this.compareGroups(a, b, shared, containment);
      agreements += compared.confirmed.filter((e) => !kindOf(e.claim).sharedAcrossEvents).length;
      farApart ||= compared.yearsApart;
      for (const entry of compared.confirmed) confirmed.push({ docId: entry.docId, claim: entry.claim, by: entry.docId === a.docId ? b.docId : a.docId });
      for (const conflict of compared.conflicts) {
        conflicts.push(conflict);
        // A compatible difference ("about 8.40pm", "8.49pm") is no sign of another event, nor is a person's age a year
        // off, nor two figures only scored as one slot (a guess, which would hide the story's true disputes); only
        // disputes that cannot both hold count.
        if (conflict.kind === 'discrepancy' || conflict.slotScore !== undefined || yearOff(conflict.a.claim, conflict.b.claim)) continue;
        const [sideA, sideB] = conflict.a.docId === a.docId ? [conflict.a, conflict.b] : [conflict.b, conflict.a];
        disputes.push({ slot: slotOf(conflict), sentences: [sideA.claim.sentence.start, sideB.claim.sentence.start] });
      }
    }
    const pair: PairComparison = { serials: [a.serial, b.serial], confirmed, conflicts, tally: { agreements, disputes, farApart }, places };
    remember(this.recentPairs, key, pair, RECENT_PAIRS);
    return pair;
  }

  /** The comparison kept from the last time these very indexed articles met, if any. */
  private keptPair(a: IndexedDocument, b: IndexedDocument): PairComparison | undefined {
    const kept = this.recentPairs.get(`${a.docId}\u0000${b.docId}`);
    return kept?.serials[0] === a.serial && kept.serials[1] === b.serial ? kept : undefined;
  }

  /** The name words of an indexed article (none for one not indexed), found once per version. */
  private namesOf(docId: string): ArticleNames[] {
    const stored = this.documents.get(docId);
    return stored ? [(stored.names ??= articleNames(docId, stored.analysis))] : [];
  }

  /**
   * An article's claims as entries, with the entity ids of this moment: the ones made last time when the article and
   * every id they read are the same (the comparisons kept with them then hold too).
   */
  private indexed(docId: string): IndexedDocument {
    const { version } = this.documents.get(docId) as StoredDocument;
    const kept = this.recentDocuments.get(docId);
    // Each step of a story's comparison asks for every member: while no id changed, their reads are not checked again.
    const entityVersion = this.context.entityVersion?.();
    if (kept?.version === version && ((entityVersion !== undefined && kept.entityVersion === entityVersion) || this.readsHold(kept.reads))) {
      kept.entityVersion = entityVersion;
      this.reads?.push(kept.reads);
      return kept.indexed;
    }
    const reads: EntityReads = { docId, chains: [], ids: [] };
    this.reading = { reads, noted: new Map() };
    try {
      const indexed = this.indexedAfresh(docId);
      remember(this.recentDocuments, docId, { version, reads, entityVersion, indexed }, RECENT_DOCUMENTS);
      return indexed;
    } finally {
      this.reading = undefined;
      this.reads?.push(reads);
    }
  }

  private indexedAfresh(docId: string): IndexedDocument {
    const { analysis } = this.documents.get(docId) as StoredDocument;
    const entityOf = (chain: number): string | undefined => this.entityOf(docId, chain);
    const groups = new Map<string, Entry[]>();
    const pools = new Map<string, Entry[]>();
    for (const claim of analysis.claims) {
      const entry = toEntry(docId, claim, analysis, entityOf);
      if (!scoredOnly(claim)) pushTo(groups, entry.key, entry);
      const pool = slotPool(claim);
      if (pool !== undefined) pushTo(pools, pool, entry);
    }
    for (const group of groups.values()) markPeriodsTold(group);
    return {
      docId,
      serial: this.nextSerial++,
      referenceDate: analysis.referenceDate?.value,
      places: placeMentions(analysis, entityOf),
      groups,
      pools,
    };
  }

  /**
   * Pairs claims of one group in two articles. A claim that some claim of the other article confirms is never
   * flagged: an article giving both Athens' and Salonika's crowd is not contradicted by a third giving one of them.
   */
  private compareGroups(docA: IndexedDocument, docB: IndexedDocument, { entriesA, entriesB, pooled }: SharedGroup, containment: NestedPlaces): { confirmed: Entry[]; conflicts: Conflict[]; yearsApart: boolean } {
    // By the claims' starts, one map of the other's starts each (no key string made for every question).
    const comparisons = new Map<number, Map<number, ScoredComparison>>();
    const comparison = (a: Entry, b: Entry): ScoredComparison => {
      let withA = comparisons.get(a.claim.start);
      if (withA === undefined) comparisons.set(a.claim.start, (withA = new Map()));
      let r = withA.get(b.claim.start);
      if (r === undefined) {
        r = this.compareEntries(docA, a, docB, b, pooled, containment);
        withA.set(b.claim.start, r);
      }
      return r;
    };
    const relation = (a: Entry, b: Entry): Comparison['relation'] => comparison(a, b).relation;
    const confirmedA = new Set(entriesA.filter((a) => entriesB.some((b) => relation(a, b) === 'same')));
    const confirmedB = new Set(entriesB.filter((b) => entriesA.some((a) => relation(a, b) === 'same')));
    // Each claim takes part in at most one conflict, with its nearest unconfirmed figure: an article that gives
    // two figures (12 hours to convict, 40 hours on the sentence) speaks of two things, only one of which the
    // other article's figure can be about.
    const candidates: Array<{ a: Entry; b: Entry; relation: 'contradiction' | 'discrepancy'; distance: number }> = [];
    for (const a of entriesA) {
      if (confirmedA.has(a)) continue;
      for (const b of entriesB) {
        const r = relation(a, b);
        if (!confirmedB.has(b) && (r === 'contradiction' || r === 'discrepancy')) candidates.push({ a, b, relation: r, distance: valueDistance(a.claim, b.claim) });
      }
    }
    candidates.sort((x, y) => x.distance - y.distance);
    const used = new Set<Entry>();
    const conflicts = new Map<string, Conflict>();
    for (const { a, b, relation: r } of candidates) {
      if (used.has(a) || used.has(b)) continue;
      used.add(a).add(b);
      const compared = comparison(a, b);
      const conflict = this.makeConflict(a, docA, b, docB, r, compared);
      conflicts.set(conflict.id, conflict);
    }
    let namedB: Entry[] | undefined;
    return {
      confirmed: [...confirmedA, ...confirmedB],
      conflicts: [...conflicts.values()],
      yearsApart: entriesA.some((a) => ownerNamed(a) && (namedB ??= entriesB.filter(ownerNamed)).some((b) => yearsApart(a.claim, b.claim))),
    };
  }

  /** "Kiltschko" in one article where the story's others write "Klitschko". */
  private spellingConflict({ rare, common, rule }: VariantPair): Conflict {
    const attribute = 'name spelling';
    const [first, second] = rare.docId < common.docId ? [rare, common] : [common, rare];
    const sides = [first, second].map((w) => ({ docId: w.docId, claim: spellingClaim(w, common.word, rule) }));
    return {
      id: conflictId(attribute, common.word, sides.map((side) => ({ docId: side.docId, quote: side.claim.text }))),
      kind: 'discrepancy',
      attribute,
      subject: common.word,
      rule: `${rule} → compare/spelling`,
      comparedBy: 'spelling',
      message: `Name spelling: '${quote(sides[0].claim, this.texts.get(first.docId))}' vs '${quote(sides[1].claim, this.texts.get(second.docId))}'`,
      a: sides[0],
      b: sides[1],
    };
  }

  private makeConflict(a: Entry, docA: IndexedDocument, b: Entry, docB: IndexedDocument, relation: 'contradiction' | 'discrepancy', compared: ScoredComparison): Conflict {
    const comparedBy = compared.rule;
    // A general figure against one of a kind of its own is named, and grows or not, as that kind says.
    const lead = scoredOnly(a.claim) ? b.claim : a.claim;
    const attribute = lead.attribute;
    const subject = lead.subject;
    const later = docA.referenceDate && docB.referenceDate && docA.referenceDate !== docB.referenceDate;
    const kind: ConflictKind = later && kindOf(lead).cumulative(lead) ? 'update' : relation;
    const [first, second] = a.docId < b.docId ? [a, b] : [b, a];
    const quoteA = quote(first.claim, this.texts.get(first.docId));
    const quoteB = quote(second.claim, this.texts.get(second.docId));
    const extracted = first.claim.rule === second.claim.rule ? first.claim.rule : `${first.claim.rule} + ${second.claim.rule}`;
    return {
      id: conflictId(attribute, subject, [{ docId: a.docId, quote: a.claim.text }, { docId: b.docId, quote: b.claim.text }]),
      kind,
      attribute,
      subject,
      rule: `${extracted} → compare/${comparedBy}`,
      comparedBy,
      message: `${capitalise(attribute)}: '${quoteA}' vs '${quoteB}'`,
      a: { docId: first.docId, claim: first.claim },
      b: { docId: second.docId, claim: second.claim },
      ...(compared.score !== undefined && compared.inputs ? { slotScore: { score: compared.score, reasons: slotReasons(compared.inputs, this.slotModel) } } : {}),
    };
  }

  /**
   * The furthest stage (PAIR_STAGES) any claim of `claimsA` reaches against any of `claimsB`, in two articles, and for
   * two events or a conflict not shown, what decided it: for the eval's report of where missed labels are lost.
   * Compares as the story's comparison does.
   */
  stageOf(docA: string, claimsA: readonly Claim[], docB: string, claimsB: readonly Claim[]): { stage: PairStage; why?: string } {
    if (!this.documents.has(docA) || !this.documents.has(docB) || !this.membersOf(docA).includes(docB)) return { stage: 'not in one story' };
    if (this.context.comparable && !this.context.comparable(docA, docB)) return { stage: 'in one story, not linked' };
    const [first, second, ownA, ownB] = docA < docB ? [docA, docB, claimsA, claimsB] : [docB, docA, claimsB, claimsA];
    const [x, y] = [this.indexed(first), this.indexed(second)];
    const containment = this.placePairs.containment();
    const shown = this.storyConflicts(this.membersOf(docA));
    const pair = this.comparedPair(x, y);
    let furthest: { stage: PairStage; why?: string } = { stage: 'different slots' };
    const reach = (stage: PairStage, why?: string): void => {
      if (PAIR_STAGES.indexOf(stage) > PAIR_STAGES.indexOf(furthest.stage)) furthest = { stage, ...(why ? { why } : {}) };
    };
    const judged = (a: Entry, b: Entry, compared: Comparison): void => {
      if (compared.relation !== 'contradiction' && compared.relation !== 'discrepancy') return reach('one slot, values agree or not comparable');
      const sides = (c: Conflict): boolean => (c.a.claim === a.claim && c.b.claim === b.claim) || (c.a.claim === b.claim && c.b.claim === a.claim);
      if (shown.some(sides)) return reach('shown');
      const confirmed = pair.confirmed.some((c) => c.claim === a.claim || c.claim === b.claim);
      reach('conflicting, not shown', pair.conflicts.some(sides) ? 'two event camps' : confirmed ? 'confirmed by the other article' : 'paired with a nearer figure');
    };
    for (const shared of sharedGroups(x, y)) {
      for (const a of shared.entriesA) {
        if (!ownA.includes(a.claim)) continue;
        for (const b of shared.entriesB) {
          if (!ownB.includes(b.claim)) continue;
          const compared = this.compareEntries(x, a, y, b, shared.pooled, containment);
          if (compared.apart !== undefined) reach('one slot, another event', compared.apart);
          else if (!shared.pooled) judged(a, b, compared);
          // A pooled pair the score never weighed (another frame, values not comparable) is of different slots.
          else if (compared.score !== undefined) {
            if (compared.relation === 'incomparable') reach('scored as different slots');
            else judged(a, b, compared);
          }
        }
      }
    }
    return furthest;
  }

  /** Every pair of scored figures in every story, whatever their score, with the score's inputs (for fitting the score). */
  slotCandidates(): SlotCandidate[] {
    const candidates: SlotCandidate[] = [];
    const seen = new Set<string>();
    for (const docId of this.documents.keys()) {
      if (seen.has(docId)) continue;
      const members = this.membersOf(docId);
      for (const m of members) seen.add(m);
      const indexed = members.map((m) => this.indexed(m));
      for (let i = 0; i < indexed.length; i++) {
        for (let j = i + 1; j < indexed.length; j++) {
          for (const [pool, entries] of indexed[i].pools) {
            for (const a of entries) {
              for (const b of indexed[j].pools.get(pool) ?? []) {
                const { inputs, relation } = compareScored(a, b, ANY_SCORE, true);
                if (inputs) candidates.push({ a: { docId: a.docId, claim: a.claim }, b: { docId: b.docId, claim: b.claim }, relation, inputs });
              }
            }
          }
        }
      }
    }
    return candidates;
  }
}
