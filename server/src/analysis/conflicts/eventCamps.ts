// Whether a conflict is between two events of one kind rather than two reports of one event.
// A folder often mixes such stories (two piracy raids years apart, two quakes on one island): their articles dispute
// figure after figure and agree on none, and an article that states one side's disputed figure belongs to that side.
// Built afresh for each story as its articles are compared pair by pair.
import { kindOf } from '../claims/kinds/registry';
import type { Claim } from '../types';

/** A conflict of two claims that cannot both hold: the slot it is of and the sentence of each side (the pair's order). */
export interface Dispute {
  slot: string;
  sentences: readonly [number, number];
}

/** What two compared articles' claims say of each other. */
export interface PairTally {
  /** Claims of either article that the other states with the same value. */
  agreements: number;
  disputes: Dispute[];
  /** Both articles state their dates, and these are far apart. */
  farApart: boolean;
}

export interface ClaimSide {
  docId: string;
  claim: Claim;
}

/** Articles whose stated dates lie further apart than this report on different events, unless their claims agree. */
export const DAYS_APART_FOR_TWO_EVENTS = 90;

const SEPARATOR = '\u0000';
const pairKey = (a: string, b: string): string => (a < b ? `${a}${SEPARATOR}${b}` : `${b}${SEPARATOR}${a}`);

/**
 * How many disputes besides the one judged it takes, with no agreement, to tell two articles of two events: fit on
 * topics 1-12 (1 hides a labelled discrepancy there, 3 finds no more than 2).
 */
export const OTHER_DISPUTES_FOR_TWO_EVENTS = 2;

/** The slot of a conflict, as its disputes are recorded: its attribute and subject. */
export const slotOf = (c: { attribute: string; subject: string }): string => `${c.attribute}${SEPARATOR}${c.subject}`;

/**
 * The sentences two articles dispute besides the slot judged, counted on the side with fewer: figures disputed within
 * one sentence ('53-3, 47 KO's' against '52-3, 46 KOs') are one dispute, and the judged slot's disputes, with any
 * other figure of their sentences, are the very disagreement under judgement, no evidence of two events.
 */
function otherDisputes(disputes: readonly Dispute[], slot: string): number {
  const judged = [0, 1].map((k) => new Set(disputes.filter((d) => d.slot === slot).map((d) => d.sentences[k])));
  const kept = disputes.filter((d) => d.slot !== slot && !d.sentences.some((s, k) => judged[k].has(s)));
  return Math.min(...[0, 1].map((k) => new Set(kept.map((d) => d.sentences[k])).size));
}

/**
 * Two articles about different events: they dispute several sentences besides the judged slot and agree on none,
 * or were written months apart. Months apart says nothing of a fact filed under its owner (a street's block, a
 * facility's town, a person's title): a trial report retells where the shooting was.
 */
function apart(tally: PairTally | undefined, slot: string, ofOwner: boolean): boolean {
  if (tally === undefined || tally.agreements > 0) return false;
  return (tally.farApart && !ofOwner) || otherDisputes(tally.disputes, slot) >= OTHER_DISPUTES_FOR_TWO_EVENTS;
}

export class EventCamps {
  private readonly pairs = new Map<string, PairTally>();
  /** Article → claim (by its start) → the other articles that state the same value. */
  private readonly confirmers = new Map<string, Map<number, Set<string>>>();

  setPair(a: string, b: string, tally: PairTally): void {
    this.pairs.set(pairKey(a, b), tally);
  }

  /** Records that article `by` states the same value as this claim of article `docId`. */
  confirm(docId: string, claim: Claim, by: string): void {
    const claims = this.confirmers.get(docId) ?? new Map<number, Set<string>>();
    claims.set(claim.start, (claims.get(claim.start) ?? new Set()).add(by));
    this.confirmers.set(docId, claims);
  }

  /**
   * The two sides are of two events when an article stating one side's value (its own or another) is apart from an
   * article stating the other side's: '23 pirates' in a short report, where a longer report of those 23 disputes the
   * other raid's pirates and weapons alike.
   */
  twoEvents(conflict: { attribute: string; subject: string; a: ClaimSide; b: ClaimSide }): boolean {
    const { a, b } = conflict;
    const camp = (side: ClaimSide): string[] => [side.docId, ...(this.confirmers.get(side.docId)?.get(side.claim.start) ?? [])];
    const campB = camp(b);
    const ofOwner = kindOf(a.claim).matching === 'owner';
    const slot = slotOf(conflict);
    return camp(a).some((x) => campB.some((y) => x !== y && apart(this.pairs.get(pairKey(x, y)), slot, ofOwner)));
  }
}
