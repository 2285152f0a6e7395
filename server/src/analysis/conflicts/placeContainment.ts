// Which place lies in which, learned from how news writes two places together: "Sakhalin island, Russia", "Jackson
// Heights, Queens", "in Paris, France", "Arica in Chile". A place and a place it lies in name one location at two
// levels, so claims placed at either are about one event and two towns given for one person do not conflict.
// Each article's pairs live with it; the corpus's are the union of its articles' (order-independent).
import { countryNames } from '../ner/placeNames';
import { inTextOrder } from '../claims/spans';
import type { DocumentAnalysis, Mention } from '../types';

/** A place's name as containment compares it: lower case, dots and a leading "the" left out ("the U.S." is "us"). */
export function placeKey(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/^the\s+/, '').trim();
}

let countries: Set<string> | undefined;

/** Countries lie in no other place named beside them: "France, Germany" is a list. */
function isCountry(key: string): boolean {
  countries ??= new Set(countryNames().map(placeKey));
  return countries.has(key);
}

/**
 * What joins a place to the one it lies in: a comma, after a word of what the place is or none ("Sakhalin island,
 * Russia"), "in" ("Arica in Chile"), "on" ("Korsakov on Sakhalin island").
 */
const JOINER = /^(?:(?:\s+\p{Ll}+)?,\s*|\s+(?:in|on)\s+(?:the\s+)?)$/u;
/** What joins a place to one lying in it: a possessive ("Russia's Sakhalin island"). */
const OWNER_JOINER = /^['’]s\s+$/;
/** A list of places goes on after the second ("Iran, Iraq and Syria") or came before the first ("Iraq, Iran, Syria"). */
const LIST_AFTER = /^(?:,\s*|\s+(?:and|or)\s+)/;
const LIST_BEFORE = /(?:,|\b(?:and|or))\s*$/;

/** The pairs an article writes, inner place first, as keys: "sakhalin island" in "russia". */
export function containmentPairs(analysis: DocumentAnalysis): Array<[string, string]> {
  const text = analysis.text;
  const places = inTextOrder(analysis.mentions).filter((m) => m.type === 'place');
  const key = (m: Mention): string => placeKey(analysis.chains[m.chain]?.name ?? m.text);
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < places.length; i++) {
    const [inner, outer] = [places[i], places[i + 1]];
    const between = text.slice(places[i].end, places[i + 1].start);
    if (OWNER_JOINER.test(between)) {
      pairs.push([key(places[i + 1]), key(places[i])]);
      continue;
    }
    if (!JOINER.test(between)) continue;
    const next = places[i + 2];
    if (next && LIST_AFTER.test(text.slice(outer.end, next.start)) && next.start - outer.end < 8) continue;
    const previous = places[i - 1];
    if (previous && LIST_BEFORE.test(text.slice(previous.end, inner.start)) && inner.start - previous.end < 8) continue;
    const [a, b] = [key(inner), key(outer)];
    pairs.push([a, b]);
  }
  // A place a claim gives in parts ("of College Point, Queens") states the same.
  for (const claim of analysis.claims) {
    if (claim.value.kind !== 'place') continue;
    const parts = claim.value.parts.map(placeKey);
    for (let i = 0; i + 1 < parts.length; i++) pairs.push([parts[i], parts[i + 1]]);
  }
  return pairs.filter(([a, b]) => a !== b && !isCountry(a));
}

/** What comparisons ask of place containment. */
export interface NestedPlaces {
  /** Whether one of the places lies in the other. */
  nested(a: string, b: string): boolean;
}

/** The places the pairs of some articles say lie in others, followed through ("Jackson Heights" in "Queens" in "New York"). */
export class PlaceContainment implements NestedPlaces {
  private readonly outers = new Map<string, Set<string>>();
  /** Every place a place lies in, through places between: found once per place, when first asked. */
  private readonly enclosing = new Map<string, Set<string>>();

  constructor(pairs: Iterable<readonly [string, string]>) {
    const all = [...pairs];
    const stated = new Set(all.map(([a, b]) => `${a}\u0000${b}`));
    for (const [inner, outer] of all) {
      // Articles that put each place in the other tell nothing of which contains which.
      if (stated.has(`${outer}\u0000${inner}`)) continue;
      const set = this.outers.get(inner) ?? new Set<string>();
      this.outers.set(inner, set.add(outer));
    }
  }

  /** Whether `inner` lies in `outer` by the pairs, directly or through places between. */
  within(inner: string, outer: string): boolean {
    return this.enclosingPlaces(inner).has(outer);
  }

  nested(a: string, b: string): boolean {
    return this.within(a, b) || this.within(b, a);
  }

  private enclosingPlaces(inner: string): Set<string> {
    let found = this.enclosing.get(inner);
    if (found) return found;
    found = new Set<string>();
    const queue = [inner];
    while (queue.length > 0) {
      for (const next of this.outers.get(queue.pop() as string) ?? []) {
        if (found.has(next)) continue;
        found.add(next);
        queue.push(next);
      }
    }
    this.enclosing.set(inner, found);
    return found;
  }
}

export const NO_CONTAINMENT = new PlaceContainment([]);

/** Every article's pairs, kept as articles are added, replaced and removed; the containment they make, built when asked. */
export class CorpusPlacePairs {
  /** Each article's pairs, as keys ("inner\u0000outer"). */
  private readonly byArticle = new Map<string, Set<string>>();
  /** How many articles state each pair. */
  private readonly counts = new Map<string, number>();
  private built: PlaceContainment | undefined;
  /** Changes whenever a pair is first stated or no longer stated by any article; an edit that keeps its pairs changes nothing. */
  version = 0;

  set(docId: string, pairs: ReadonlyArray<readonly [string, string]>): void {
    const before = this.byArticle.get(docId) ?? new Set<string>();
    const after = new Set(pairs.map(([a, b]) => `${a}\u0000${b}`));
    this.byArticle.set(docId, after);
    for (const key of after) if (!before.has(key)) this.count(key, 1);
    for (const key of before) if (!after.has(key)) this.count(key, -1);
  }

  delete(docId: string): void {
    this.set(docId, []);
    this.byArticle.delete(docId);
  }

  containment(): PlaceContainment {
    this.built ??= new PlaceContainment([...this.counts.keys()].map((key) => key.split('\u0000') as [string, string]));
    return this.built;
  }

  private count(key: string, by: 1 | -1): void {
    const count = (this.counts.get(key) ?? 0) + by;
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
    if (count === 0 || (count === 1 && by === 1)) {
      this.version++;
      this.built = undefined;
    }
  }
}

/**
 * The containment questions a comparison asked and the answers it had, each question once (asked either way round):
 * the comparison holds while every answer stays the same, checked only when the pairs changed since `version`.
 */
export class PlaceReads {
  private readonly answers = new Map<string, boolean>();

  constructor(public version: number) {}

  /** `containment`, with each question asked of it noted here. */
  reading(containment: NestedPlaces): NestedPlaces {
    return {
      nested: (a, b) => {
        const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
        let nested = this.answers.get(key);
        if (nested === undefined) this.answers.set(key, (nested = containment.nested(a, b)));
        return nested;
      },
    };
  }

  /** Takes in the questions another comparison asked (one of the pairs a story's comparison is made of). */
  add(other: PlaceReads): void {
    for (const [key, nested] of other.answers) this.answers.set(key, nested);
  }

  /** Whether `containment` gives every answer noted here. */
  holdIn(containment: NestedPlaces): boolean {
    for (const [key, nested] of this.answers) {
      const [a, b] = key.split('\u0000');
      if (containment.nested(a, b) !== nested) return false;
    }
    return true;
  }
}
