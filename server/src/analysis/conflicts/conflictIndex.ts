// Conflicting claims across articles, kept up to date one article at a time.
// Claims are grouped by attribute (and entity, for entity attributes), so adding an article compares it
// only with the claims that share a group, not with the whole corpus.
import { CUMULATIVE_ATTRIBUTES } from '../claims/attributes';
import type { Claim, DocumentAnalysis } from '../types';
import { compareValues, valueDistance, yearsApart, type ValueRelation } from './compareValues';
import { conflictId } from './conflictId';
import { DAYS_APART_FOR_TWO_EVENTS, EventCamps } from './eventCamps';
import { EMPTY_DISMISSED, type DismissedConflicts } from './dismissed';
import { ownerNamed, placeAgainst, placeMentions, properWords, salientEntities, sameEvent, storyEvents, toEntry, type Entry } from './entries';

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
  message: string;
  a: ClaimRef;
  b: ClaimRef;
}

interface IndexedDocument {
  referenceDate?: string;
  /** The article's date when the article states it; a guessed one (a year found in the text) says little about when it was written. */
  statedDate?: string;
  salient: Set<string>;
  properWords: Set<string>;
  events: Set<string>;
  places: Map<string, number>;
  groups: Map<string, Entry[]>;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

/** Dates at most so many days apart, or unknown. */
function closeInTime(a: string | undefined, b: string | undefined, maxDays: number): boolean {
  if (!a || !b) return true;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return !(days > maxDays);
}

/**
 * Two articles tell the same story when they share main entities, or when they report the same kind of event
 * (an earthquake, an election) within a month and share a name ("Aceh"), even one the recognizer missed.
 * Otherwise none of their claims are compared.
 */
const SHARED_NAMES_FOR_ONE_STORY = 12;

function sameStory(a: IndexedDocument, b: IndexedDocument): boolean {
  const shared = sharedCount(a.salient, b.salient);
  if (shared > 0 && shared >= Math.min(2, a.salient.size, b.salient.size)) return true;
  // One main entity in common and a dozen names written alike (names the recognizer missed or split) within a month.
  if (shared > 0 && sharedCount(a.properWords, b.properWords) >= SHARED_NAMES_FOR_ONE_STORY && closeInTime(a.statedDate, b.statedDate, 31)) return true;
  return sharedCount(a.events, b.events) > 0 && closeInTime(a.statedDate, b.statedDate, 31) && (shared > 0 || sharedCount(a.properWords, b.properWords) > 0);
}

/** Enough words around a claim for a reader to recognise it ("killing at least five people"). */
function quote(claim: Claim, text: string | undefined): string {
  if (text === undefined) return claim.text;
  const before = text.slice(claim.sentence.start, claim.start).split(/\s+/).filter(Boolean).slice(-2).join(' ');
  const after = text.slice(claim.end, claim.sentence.end).split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
  return [before, claim.text, after].filter(Boolean).join(' ').replace(/[,;:]$/, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export class ConflictIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly texts = new Map<string, string>();
  /** Group key → documents with claims in that group. */
  private readonly groupMembers = new Map<string, Set<string>>();
  /** Document → conflicts it takes part in, by id. */
  private readonly byDocument = new Map<string, Map<string, Conflict>>();
  private dismissedIds = new Set<string>();
  private readonly camps = new EventCamps();

  setDocument(docId: string, analysis: DocumentAnalysis, entityOf: (chain: number) => string | undefined): void {
    this.removeDocument(docId);
    const groups = new Map<string, Entry[]>();
    for (const claim of analysis.claims) {
      const entry = toEntry(docId, claim, analysis, entityOf);
      groups.set(entry.key, [...(groups.get(entry.key) ?? []), entry]);
    }
    const indexed: IndexedDocument = {
      referenceDate: analysis.referenceDate?.value,
      statedDate: analysis.referenceDate?.source === 'inferred' ? undefined : analysis.referenceDate?.value,
      salient: salientEntities(analysis, entityOf),
      properWords: properWords(analysis.text),
      events: storyEvents(analysis),
      places: placeMentions(analysis, entityOf),
      groups,
    };
    this.documents.set(docId, indexed);
    this.texts.set(docId, analysis.text);
    this.byDocument.set(docId, new Map());
    const tallies = new Map<string, { agreements: number; disputed: [Set<string>, Set<string>]; farApart: boolean }>();
    for (const [key, entries] of groups) {
      const members = this.groupMembers.get(key) ?? new Set<string>();
      for (const otherId of members) {
        const other = this.documents.get(otherId);
        if (!other || !sameStory(indexed, other)) continue;
        const tally = tallies.get(otherId) ?? { agreements: 0, disputed: [new Set(), new Set()], farApart: !closeInTime(indexed.statedDate, other.statedDate, DAYS_APART_FOR_TWO_EVENTS) };
        const compared = this.compareGroups(indexed, entries, other, other.groups.get(key) ?? []);
        tally.agreements += compared.confirmed.length;
        tally.farApart ||= compared.yearsApart;
        tallies.set(otherId, tally);
        for (const entry of compared.confirmed) this.camps.confirm(entry.docId, entry.claim, entry.docId === docId ? otherId : docId);
        for (const conflict of compared.conflicts) {
          this.record(conflict);
          for (const [i, side] of [conflict.a, conflict.b].entries()) tally.disputed[i].add(`${side.docId}${side.claim.sentence.start}`);
        }
      }
      members.add(docId);
      this.groupMembers.set(key, members);
    }
    // Figures disputed within one sentence on either side ('53-3, 47 KO's' against '52-3, 46 KOs') are one dispute.
    for (const [otherId, t] of tallies) this.camps.setPair(docId, otherId, { agreements: t.agreements, disputes: Math.min(t.disputed[0].size, t.disputed[1].size), farApart: t.farApart });
  }

  removeDocument(docId: string): void {
    const indexed = this.documents.get(docId);
    if (!indexed) return;
    for (const key of indexed.groups.keys()) this.groupMembers.get(key)?.delete(docId);
    for (const conflict of this.byDocument.get(docId)?.values() ?? []) {
      const otherId = conflict.a.docId === docId ? conflict.b.docId : conflict.a.docId;
      this.byDocument.get(otherId)?.delete(conflict.id);
    }
    this.byDocument.delete(docId);
    this.camps.removeDocument(docId);
    this.documents.delete(docId);
    this.texts.delete(docId);
  }

  /** Every conflict where one side is in the document, dismissed ones and those between two events left out. */
  conflictsFor(docId: string): Conflict[] {
    return [...(this.byDocument.get(docId)?.values() ?? [])].filter((c) => this.shown(c));
  }

  all(): Conflict[] {
    const seen = new Map<string, Conflict>();
    for (const conflicts of this.byDocument.values()) for (const c of conflicts.values()) if (this.shown(c)) seen.set(c.id, c);
    return [...seen.values()];
  }

  /** The conflicts the user dismissed that would otherwise be shown, so a view can offer to bring them back. */
  dismissed(): Conflict[] {
    const seen = new Map<string, Conflict>();
    if (this.dismissedIds.size === 0) return [];
    for (const conflicts of this.byDocument.values()) {
      for (const c of conflicts.values()) if (this.dismissedIds.has(c.id) && !this.camps.twoEvents(c.a, c.b)) seen.set(c.id, c);
    }
    return [...seen.values()];
  }

  setDismissed(d: DismissedConflicts = EMPTY_DISMISSED): void {
    this.dismissedIds = new Set(d.dismissed.map((x) => x.id));
  }

  /** Whether two events' camps are told apart only as the folder fills, so it is decided when asked. */
  private shown(conflict: Conflict): boolean {
    return !this.dismissedIds.has(conflict.id) && !this.camps.twoEvents(conflict.a, conflict.b);
  }

  private record(conflict: Conflict): void {
    this.byDocument.get(conflict.a.docId)?.set(conflict.id, conflict);
    this.byDocument.get(conflict.b.docId)?.set(conflict.id, conflict);
  }

  /**
   * Pairs claims of one group in two articles. A claim that some claim of the other article confirms is never
   * flagged: an article giving both Athens' and Salonika's crowd is not contradicted by a third giving one of them.
   */
  private compareGroups(docA: IndexedDocument, groupA: Entry[], docB: IndexedDocument, groupB: Entry[]): { confirmed: Entry[]; conflicts: Conflict[]; yearsApart: boolean } {
    const entriesA = placeAgainst(groupA, groupB, docA.places);
    const entriesB = placeAgainst(groupB, groupA, docB.places);
    const relations = new Map<string, ValueRelation>();
    const relation = (a: Entry, b: Entry): ValueRelation => {
      const cacheKey = `${a.claim.start}:${b.claim.start}`;
      let r = relations.get(cacheKey);
      if (r === undefined) {
        // People age: articles months apart may both be right ("Orozco, 27," at the arrest, "29" at the trial), so
        // ages are compared only between articles that state their dates, within six months.
        const ageing = a.claim.attribute === 'age' && !(docA.statedDate && docB.statedDate && closeInTime(docA.statedDate, docB.statedDate, 180));
        r = sameEvent(a, b) && !ageing ? compareValues(a.claim, b.claim) : 'incomparable';
        relations.set(cacheKey, r);
      }
      return r;
    };
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
      const conflict = this.makeConflict(a, docA, b, docB, r);
      conflicts.set(conflict.id, conflict);
    }
    return {
      confirmed: [...confirmedA, ...confirmedB],
      conflicts: [...conflicts.values()],
      yearsApart: entriesA.some((a) => ownerNamed(a) && entriesB.some((b) => ownerNamed(b) && yearsApart(a.claim, b.claim))),
    };
  }

  private makeConflict(a: Entry, docA: IndexedDocument, b: Entry, docB: IndexedDocument, relation: 'contradiction' | 'discrepancy'): Conflict {
    const attribute = a.claim.attribute;
    const subject = a.claim.subject;
    const later = docA.referenceDate && docB.referenceDate && docA.referenceDate !== docB.referenceDate;
    const kind: ConflictKind = later && CUMULATIVE_ATTRIBUTES.has(attribute) ? 'update' : relation;
    const [first, second] = a.docId < b.docId ? [a, b] : [b, a];
    const quoteA = quote(first.claim, this.texts.get(first.docId));
    const quoteB = quote(second.claim, this.texts.get(second.docId));
    return {
      id: conflictId(attribute, subject, [{ docId: a.docId, quote: a.claim.text }, { docId: b.docId, quote: b.claim.text }]),
      kind,
      attribute,
      subject,
      message: `${capitalise(attribute)}: '${quoteA}' vs '${quoteB}'`,
      a: { docId: first.docId, claim: first.claim },
      b: { docId: second.docId, claim: second.claim },
    };
  }
}
