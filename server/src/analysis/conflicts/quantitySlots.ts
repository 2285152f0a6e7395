// Whether two figures of two articles measure one slot ("12 people were injured" and "18 people had been injured"),
// as a score: a logistic model over what they count, the verb of their clauses, the entities and day their
// sentences name, whether both are about the story's own event, and how alike their sentences read. Weights and
// threshold are fit on ECB+ topics 1-12 by scripts/fit-quantity-slots.ts (quantitySlotWeights.json).
import { anchor, compareFigures } from '../claims/kinds/figures';
import { INCOMPARABLE, type Comparison, type FigureFrame } from '../claims/kinds/kind';
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

/** What the inputs of one pair read: the figures' values and frames, and the kinds of event their sentences name. */
interface PairView {
  a: Entry;
  b: Entry;
  relation: Comparison['relation'];
  x: Claim['value'];
  y: Claim['value'];
  frameA?: FigureFrame;
  frameB?: FigureFrame;
  head: ReturnType<typeof agreement>;
  verb: ReturnType<typeof agreement>;
  eventsA: Set<string>;
  eventsB: Set<string>;
}

function pairView(a: Entry, b: Entry, relation: Comparison['relation']): PairView {
  const [x, y] = [a.claim.value, b.claim.value];
  const frameA = x.kind === 'interval' ? x.frame : undefined;
  const frameB = y.kind === 'interval' ? y.frame : undefined;
  return {
    a, b, relation, x, y, frameA, frameB,
    head: agreement(frameA?.head, frameB?.head),
    verb: agreement(frameA?.verb?.stem, frameB?.verb?.stem),
    eventsA: eventKinds(a.claim),
    eventsB: eventKinds(b.claim),
  };
}

const sharedEvent = (p: PairView): boolean => [...p.eventsA].some((k) => p.eventsB.has(k));

/** How far apart two figures are, on a log scale that saturates at ten times. */
function farApart({ x, y }: PairView): number {
  const [p, q] = [x, y].map((v) => (v.kind === 'interval' ? Math.abs(anchor(v.interval)) : 0));
  return p > 0 && q > 0 ? Math.min(1, Math.abs(Math.log(p / q)) / FAR_APART_LOG) : 1;
}

/**
 * The model's inputs, in the order of quantitySlotWeights.json's `weights` (the bias last): each with the sign its
 * weight is held to when fit (agreement can only speak for one slot, disagreement only against; 0: either way; the
 * labels are few, so a weight left free could take the sign of a handful of pairs) and how it is read from a pair.
 */
const SLOT_FEATURES: ReadonlyArray<readonly [name: string, sign: number, read: (p: PairView) => number]> = [
  ['participants and places agree', 1, (p) => (sameEvent(p.a, p.b) ? 1 : 0)],
  ['same noun and verb', 1, (p) => p.head[0] * p.verb[0]],
  ['same counted noun', 1, (p) => p.head[0]],
  ['one counted noun missing', 0, (p) => p.head[1]],
  ['counted nouns differ', -1, (p) => p.head[2]],
  ['same verb', 1, (p) => p.verb[0]],
  ['one verb missing', 0, (p) => p.verb[1]],
  ['verbs differ', -1, (p) => p.verb[2]],
  ['shared entities', 1, (p) => overlap(p.a.entities, p.b.entities)],
  ['days differ', -1, (p) => (p.a.day !== undefined && p.b.day !== undefined && p.a.day !== p.b.day ? 1 : 0)],
  ['background differs', -1, (p) => ((p.a.claim.period ?? '') !== (p.b.claim.period ?? '') ? 1 : 0)],
  ['open-ended figure', 0, (p) => ([p.x, p.y].some((v) => v.kind === 'interval' && (v.interval.high === Infinity || v.interval.low === 0)) ? 1 : 0)],
  ['sentence cosine', 1, (p) => cosine(p.a.words?.() ?? new Set(), p.b.words?.() ?? new Set())],
  ['figures far apart', -1, farApart],
  ['contradiction', 0, (p) => (p.relation === 'contradiction' ? 1 : 0)],
  ['counted nouns alike', 1, (p) => (nounsAlike(p.frameA?.head, p.frameB?.head) ? 1 : 0)],
  ['same event word', 1, (p) => (sharedEvent(p) ? 1 : 0)],
  ['event words differ', -1, (p) => (p.eventsA.size > 0 && p.eventsB.size > 0 && !sharedEvent(p) ? 1 : 0)],
  ['hedges point apart', 0, (p) => (hedgesApart(p.x, p.y) ? 1 : 0)],
];
export const SLOT_INPUT_SIGNS = SLOT_FEATURES.map(([name, sign]) => [name, sign] as const);
export const SLOT_INPUTS = SLOT_FEATURES.map(([name]) => name);

/**
 * The model's inputs for two figures whose values were compared as `relation`. An input the model weighs 0 adds
 * nothing to the score and is left at 0 unread, unless `every` asks for all of them (to fit the model).
 */
function slotInputs(a: Entry, b: Entry, relation: Comparison['relation'], model: SlotModel, every: boolean): number[] {
  const view = pairView(a, b, relation);
  return SLOT_FEATURES.map(([, , read], i) => (every || model.weights[i] !== 0 ? read(view) : 0));
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

/**
 * Two figures of one pool compared: they relate as their values do when the score reaches the threshold.
 * `everyInput`: read every input, those the model weighs 0 too (for fitting a model).
 */
export function compareScored(a: Entry, b: Entry, model: SlotModel = SLOT_MODEL, everyInput = false): ScoredComparison {
  if (!shareFrame(a.claim, b.claim)) return INCOMPARABLE;
  const compared = compareFigures(a.claim, b.claim, Infinity);
  if (compared.relation === 'incomparable') return INCOMPARABLE;
  const inputs = slotInputs(a, b, compared.relation, model, everyInput);
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
