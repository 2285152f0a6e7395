// Whether a conflict is between two events of one kind rather than two reports of one event.
// A folder often mixes such stories (two piracy raids years apart, two quakes on one island): their articles dispute
// figure after figure and agree on none, and an article that states one side's disputed figure belongs to that side.
// Built afresh for each story as its articles are compared pair by pair.
import { kindOf } from '../claims/kinds/registry';
import type { Claim } from '../types';

/** What two compared articles' claims say of each other. */
export interface PairTally {
  /** Claims of either article that the other states with the same value. */
  agreements: number;
  /** Sentences with a conflicting claim, counted on the side with fewer. */
  disputes: number;
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
 * Two articles about different events: they dispute several sentences and agree on none, or were written months
 * apart. Months apart says nothing of a fact filed under its owner (a street's block, a facility's town, a person's
 * title): a trial report retells where the shooting was.
 */
function apart(tally: PairTally | undefined, ofOwner: boolean): boolean {
  return tally !== undefined && tally.agreements === 0 && (tally.disputes >= 2 || (tally.farApart && !ofOwner));
}

export class EventCamps {
  private readonly pairs = new Map<string, PairTally>();
  private readonly partners = new Map<string, Set<string>>();
  /** Article → claim (by its start) → the other articles that state the same value. */
  private readonly confirmers = new Map<string, Map<number, Set<string>>>();

  setPair(a: string, b: string, tally: PairTally): void {
    this.pairs.set(pairKey(a, b), tally);
    for (const [x, y] of [[a, b], [b, a]]) this.partners.set(x, (this.partners.get(x) ?? new Set()).add(y));
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
  twoEvents(a: ClaimSide, b: ClaimSide): boolean {
    const camp = (side: ClaimSide): string[] => [side.docId, ...(this.confirmers.get(side.docId)?.get(side.claim.start) ?? [])];
    const campB = camp(b);
    const ofOwner = kindOf(a.claim).matching === 'owner';
    return camp(a).some((x) => campB.some((y) => x !== y && apart(this.pairs.get(pairKey(x, y)), ofOwner)));
  }
}
