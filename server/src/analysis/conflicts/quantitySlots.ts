// Whether two figures of two articles measure one slot ("12 people were injured" and "18 people had been injured"),
// as a score: a logistic model over what they count, the verb of their clauses, the entities and day their
// sentences name, whether both are about the story's own event, and how alike their sentences read. Weights and
// threshold are fit on ECB+ topics 1-12 by scripts/fit-quantity-slots.ts (quantitySlotWeights.json).
import { anchor, compareFigures } from '../claims/kinds/figures';
import { INCOMPARABLE, type Comparison } from '../claims/kinds/kind';
import { PEOPLE_NOUNS } from '../claims/quantityClaims';
import { EVENT_WORDS } from '../language/en';
import { idf } from '../stories/features';
import { logistic } from '../stories/similarity';
import type { Claim } from '../types';
import { sameEvent, type Entry } from './entries';
import fitted from './quantitySlotWeights.json';

/** Weights of SLOT_INPUTS (the bias last) and the score two figures need to be taken as one slot. */
export interface SlotModel {
  weights: readonly number[];
  threshold: number;
}

export const SLOT_MODEL: SlotModel = fitted;

/** The kinds of figures that enter the scored comparison; two figures of kinds with keys of their own are compared by key. */
const SCORED_KINDS: ReadonlySet<string> = new Set(['figure', 'people-count', 'thing-count', 'money', 'percentage']);

/** Scored figures are pooled by unit: sums of one currency, shares, or counts. */
export function slotPool(claim: Claim): string | undefined {
  if (!SCORED_KINDS.has(claim.kind) || claim.value.kind !== 'interval' || claim.value.partOfGroup) return undefined;
  return `${claim.value.unit ?? 'count'}`;
}

/** Whether the claim is compared only by score: a figure that no kind of its own reads. */
export const scoredOnly = (claim: Claim): boolean => claim.kind === 'figure';

/**
 * The inputs' names, in the order of quantitySlotWeights.json's `weights` (the bias last), each with the sign its
 * weight is held to when fit: agreement can only speak for one slot, disagreement only against (0: either way).
 * The labels are few, so a weight left free could take the sign of a handful of pairs.
 */
export const SLOT_INPUT_SIGNS = [
  ['participants and places agree', 1], ['same noun and verb', 1], ['same counted noun', 1], ['one counted noun missing', 0], ['counted nouns differ', -1],
  ['same verb', 1], ['one verb missing', 0], ['verbs differ', -1], ['shared entities', 1], ['days differ', -1], ['background differs', -1],
  ['open-ended figure', 0], ['sentence cosine', 1], ['figures far apart', -1], ['contradiction', 0],
  ['counted nouns alike', 1], ['same event word', 1], ['event words differ', -1], ['hedges point apart', 0],
] as const;
export const SLOT_INPUTS = SLOT_INPUT_SIGNS.map(([name]) => name);

/** The cosine of two sentences' word sets, each word weighed by its IDF in the background corpus (stories/background.json). */
function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  let normA = 0;
  let normB = 0;
  for (const w of a) {
    const x = idf(w) ** 2;
    normA += x;
    if (b.has(w)) shared += x;
  }
  for (const w of b) normB += idf(w) ** 2;
  return normA > 0 && normB > 0 ? shared / Math.sqrt(normA * normB) : 0;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Both present and equal (1), one missing (0 in `equal`, 1 in `missing`), both present and different. */
function agreement(x: string | undefined, y: string | undefined): [equal: number, missing: number, differ: number] {
  if (x === undefined && y === undefined) return [0, 0, 0];
  if (x === undefined || y === undefined) return [0, 1, 0];
  return x === y ? [1, 0, 0] : [0, 0, 1];
}

const FAR_APART_LOG = Math.log(10);

/**
 * Two counted nouns that differ but may count the same: one ends with the other ("site", "website") or both count
 * people ("people", "protester").
 */
function nounsAlike(x: string | undefined, y: string | undefined): boolean {
  if (x === undefined || y === undefined || x === y) return false;
  const [p, q] = [x.replace(/^other /, ''), y.replace(/^other /, '')];
  if (p === q || (p.length >= 4 && q.length >= 4 && (p.endsWith(q) || q.endsWith(p)))) return true;
  return PEOPLE_NOUNS.has(p) && PEOPLE_NOUNS.has(q);
}

/** The kinds of event the words of a claim's sentence name ("killed" → death, "marched" → crowd). */
const eventKinds = (claim: Claim): Set<string> => new Set(claim.triggers.map((w) => EVENT_WORDS.get(w)).filter((k): k is string => k !== undefined));

/** One figure hedged as a floor ("at least", "more than"), the other as a ceiling or from below ("up to", "nearly"). */
function hedgesApart(x: Claim['value'], y: Claim['value']): boolean {
  const direction = (v: Claim['value']): number => {
    if (v.kind !== 'interval') return 0;
    if (v.hedge === 'atLeast' || v.hedge === 'moreThan') return 1;
    return v.hedge === 'atMost' || v.hedge === 'fewerThan' || v.hedge === 'nearly' ? -1 : 0;
  };
  return direction(x) * direction(y) < 0;
}

/** The model's inputs for two figures whose values were compared as `relation`. */
function slotInputs(a: Entry, b: Entry, relation: Comparison['relation']): number[] {
  const [x, y] = [a.claim.value, b.claim.value];
  const frameA = x.kind === 'interval' ? x.frame : undefined;
  const frameB = y.kind === 'interval' ? y.frame : undefined;
  const open = [x, y].some((v) => v.kind === 'interval' && (v.interval.high === Infinity || v.interval.low === 0));
  const [p, q] = [x, y].map((v) => (v.kind === 'interval' ? Math.abs(anchor(v.interval)) : 0));
  const ratio = p > 0 && q > 0 ? Math.min(1, Math.abs(Math.log(p / q)) / FAR_APART_LOG) : 1;
  const head = agreement(frameA?.head, frameB?.head);
  const verb = agreement(frameA?.verb?.stem, frameB?.verb?.stem);
  const [eventsA, eventsB] = [eventKinds(a.claim), eventKinds(b.claim)];
  const sharedEvent = [...eventsA].some((k) => eventsB.has(k));
  return [
    sameEvent(a, b) ? 1 : 0,
    head[0] * verb[0],
    ...head,
    ...verb,
    overlap(a.entities, b.entities),
    a.day !== undefined && b.day !== undefined && a.day !== b.day ? 1 : 0,
    (a.claim.period ?? '') !== (b.claim.period ?? '') ? 1 : 0,
    open ? 1 : 0,
    cosine(a.words ?? new Set(), b.words ?? new Set()),
    ratio,
    relation === 'contradiction' ? 1 : 0,
    nounsAlike(frameA?.head, frameB?.head) ? 1 : 0,
    sharedEvent ? 1 : 0,
    eventsA.size > 0 && eventsB.size > 0 && !sharedEvent ? 1 : 0,
    hedgesApart(x, y) ? 1 : 0,
  ];
}


/** A scored comparison: the figures' relation, kept only when the score says they measure one slot. */
export interface ScoredComparison extends Comparison {
  score?: number;
  inputs?: number[];
}

/** Whether two figures share (or count alike) what they count or the verb of their clauses: only such pairs are scored at all. */
function shareFrame(a: Claim, b: Claim): boolean {
  const [x, y] = [a.value, b.value].map((v) => (v.kind === 'interval' ? v.frame : undefined));
  return (x?.head !== undefined && (x.head === y?.head || nounsAlike(x.head, y?.head))) || (x?.verb !== undefined && x.verb.stem === y?.verb?.stem);
}

/** Two figures of one pool compared: they relate as their values do when the score reaches the threshold. */
export function compareScored(a: Entry, b: Entry, model: SlotModel = SLOT_MODEL): ScoredComparison {
  if (!shareFrame(a.claim, b.claim)) return INCOMPARABLE;
  const compared = compareFigures(a.claim, b.claim, Infinity);
  if (compared.relation === 'incomparable') return INCOMPARABLE;
  const inputs = slotInputs(a, b, compared.relation);
  const score = logistic(inputs, model.weights);
  return score >= model.threshold ? { relation: compared.relation, rule: 'scored-intervals', score, inputs } : { ...INCOMPARABLE, score, inputs };
}

/** The inputs that pushed a score up most, in words, for the explanation. */
export function slotReasons(inputs: readonly number[], model: SlotModel = SLOT_MODEL): string[] {
  return inputs
    .map((x, i) => ({ name: SLOT_INPUTS[i], push: x * model.weights[i] }))
    .filter((r) => r.push > 0.3)
    .sort((p, q) => q.push - p.push)
    .slice(0, 3)
    .map((r) => r.name);
}
