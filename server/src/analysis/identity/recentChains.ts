// The chains a mention may join within one article: the most recently mentioned ones, found through the words and
// initials of their names instead of testing each (a text naming thousands made that the hot spot of the analysis).
import { addTo, removeFrom } from '../multiMap';
import type { EntityType } from '../types';
import { nameInitial } from './names';

export interface OpenChain {
  type: EntityType;
  /** Normalised multi-word names the chain already holds; a new full name must agree with all of them. */
  fullNames: string[][];
  /** nameKey of each of fullNames. */
  fullNameKeys: Set<string>;
  /** Normalised one-word forms the chain already holds. */
  shortForms: Set<string>;
  mentions: number[];
  /** Where the chain was last mentioned, for choosing the nearest antecedent. */
  lastEnd: number;
}

/**
 * The last `limit` chains mentioned, indexed by what a mention must share with a chain to join it: a word (every way
 * a name agrees with another or stands for it keeps one of its words), or for an acronym the initial it starts with.
 * The candidates it gives are a superset of the chains a mention may join, in no particular order (the caller picks
 * the nearest by where each was last mentioned, so they need no sorting); the caller's tests decide.
 */
export class RecentChains {
  /** Chain indexes, least recently mentioned first (a Set keeps insertion order). */
  private readonly order = new Set<number>();
  /** The last query that gave each chain, so that a chain in several index entries is given once. */
  private readonly givenIn: number[] = [];
  /** The last query that counted each chain's shared words, and the count. */
  private readonly countedIn: number[] = [];
  private readonly shared: number[] = [];
  private queries = 0;
  /** Words of the chains' full names. */
  private readonly byNameWord = new Map<string, Set<number>>();
  /** Each chain's distinct full-name words. */
  private readonly nameWords: Array<Set<string>> = [];
  private readonly byShortForm = new Map<string, Set<number>>();
  /** First letter of each full name's first identifying word: what an acronym must start with to abbreviate it. */
  private readonly byNameInitial = new Map<string, Set<number>>();
  /** First letter of each short form: a full name claims a chain of short forms it abbreviates. */
  private readonly byShortInitial = new Map<string, Set<number>>();

  constructor(
    private readonly chains: readonly OpenChain[],
    private readonly limit: number,
  ) {}

  /**
   * Recent chains a multi-word name may join. A chain's full names must each be part
   * of the name or contain it, so either the chain's names hold all the name's words, or the name holds all theirs.
   */
  forFullName(tokens: readonly string[]): number[] {
    const query = ++this.queries;
    // Distinct words; a name has a handful, so indexOf beats building a Set per query.
    const words = tokens.filter((t, i) => tokens.indexOf(t) === i);
    const counted: number[] = [];
    // forEach, not for…of: a Set's iterator makes an object per step until the function is optimised, and a text
    // naming thousands runs this for every mention (most of this step's garbage on a first run).
    const count = (chain: number): void => {
      if (this.countedIn[chain] !== query) {
        this.countedIn[chain] = query;
        this.shared[chain] = 0;
        counted.push(chain);
      }
      this.shared[chain]++;
    };
    for (const word of words) this.byNameWord.get(word)?.forEach(count);
    const given: number[] = [];
    for (const chain of counted) if (this.shared[chain] === words.length || this.shared[chain] === this.nameWords[chain].size) this.give(chain, query, given);
    for (const word of words) this.giveAll(this.byShortForm.get(word), query, given);
    const initial = nameInitial(tokens);
    if (initial !== undefined) this.giveAll(this.byShortInitial.get(initial), query, given);
    return given;
  }

  /** Recent chains a one-word form may join. */
  forShortForm(short: string, acronym: boolean): number[] {
    const query = ++this.queries;
    const given: number[] = [];
    this.giveAll(this.byNameWord.get(short), query, given);
    this.giveAll(this.byShortForm.get(short), query, given);
    if (acronym && short.length > 0) this.giveAll(this.byNameInitial.get(short[0]), query, given);
    return given;
  }

  // Methods, not closures made per query: a text naming thousands asks once per mention.
  private give(chain: number, query: number, given: number[]): void {
    if (this.givenIn[chain] === query) return;
    this.givenIn[chain] = query;
    given.push(chain);
  }

  private giveAll(chains: ReadonlySet<number> | undefined, query: number, given: number[]): void {
    chains?.forEach((chain) => this.give(chain, query, given));
  }

  /** Records a mention of the chain, which may have gained a name; the least recent beyond the limit leave for good. */
  mentioned(chain: number, name: { fullName: readonly string[] } | { shortForm: string }): void {
    if ('fullName' in name) {
      const words = (this.nameWords[chain] ??= new Set());
      for (const word of name.fullName) {
        addTo(this.byNameWord, word, chain);
        words.add(word);
      }
      const initial = nameInitial(name.fullName);
      if (initial !== undefined) addTo(this.byNameInitial, initial, chain);
    } else {
      addTo(this.byShortForm, name.shortForm, chain);
      if (name.shortForm.length > 0) addTo(this.byShortInitial, name.shortForm[0], chain);
    }
    this.order.delete(chain);
    this.order.add(chain);
    if (this.order.size > this.limit) this.forget(this.order.values().next().value as number);
  }

  private forget(chain: number): void {
    this.order.delete(chain);
    const c = this.chains[chain];
    for (const tokens of c.fullNames) {
      for (const word of tokens) removeFrom(this.byNameWord, word, chain);
      const initial = nameInitial(tokens);
      if (initial !== undefined) removeFrom(this.byNameInitial, initial, chain);
    }
    for (const short of c.shortForms) {
      removeFrom(this.byShortForm, short, chain);
      if (short.length > 0) removeFrom(this.byShortInitial, short[0], chain);
    }
  }

}
