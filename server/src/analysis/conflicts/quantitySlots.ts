// Whether two figures of two articles measure one slot ("12 people were injured" and "18 people had been injured"),
// as a score: a logistic model over what they count, the verb of their clauses, the entities and day their
// sentences name, whether both are about the story's own event, and how alike their sentences read. Weights and
// threshold are fit on ECB+ topics 1-12 by scripts/fit-quantity-slots.ts (quantitySlotWeights.json).
import { anchor, compareFigures } from '../claims/kinds/figures';
import { INCOMPARABLE, type Comparison } from '../claims/kinds/kind';
import { logistic } from '../stories/similarity';
import type { Claim } from '../types';
import type { Entry } from './entries';
import fitted from './quantitySlotWeights.json';

/** Weights of SLOT_INPUTS (the bias last) and the score two figures need to be taken as one slot. */
export interface SlotModel {
  weights: readonly number[];
  threshold: number;
}

export const SLOT_MODEL: SlotModel = fitted;

/** The kinds of figures that enter the scored comparison; a pair of two figures of these kinds with keys of their own is compared by key. */
const SCORED_KINDS: ReadonlySet<string> = new Set(['figure', 'people-count', 'thing-count', 'money', 'percentage']);

/** Scored figures are pooled by unit: sums of one currency, shares, or counts. */
export function slotPool(claim: Claim): string | undefined {
  if (!SCORED_KINDS.has(claim.kind) || claim.value.kind !== 'interval' || claim.value.partOfGroup) return undefined;
  return `${claim.value.unit ?? 'count'}`;
}

/** Whether the claim is compared only by score: a figure that no kind of its own reads. */
export const scoredOnly = (claim: Claim): boolean => claim.kind === 'figure';

/** The inputs' names, in the order of quantitySlotWeights.json's `weights` (the bias last). */
export const SLOT_INPUTS = [
  'same counted noun', 'one counted noun missing', 'counted nouns differ', 'same verb', 'one verb missing', 'verbs differ',
  'shared entities', 'days differ', 'background differs', 'open-ended figure', 'sentence cosine', 'figures far apart',
  'contradiction',
] as const;

/** How rare a sentence word is in the story: ln(sentences / sentences with it). */
export type WordWeight = (word: string) => number;

function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: WordWeight): number {
  let shared = 0;
  let normA = 0;
  let normB = 0;
  for (const w of a) {
    const x = weight(w) ** 2;
    normA += x;
    if (b.has(w)) shared += x;
  }
  for (const w of b) normB += weight(w) ** 2;
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

/** The model's inputs for two figures whose values were compared as `relation`. */
export function slotInputs(a: Entry, b: Entry, relation: Comparison['relation'], weight: WordWeight): number[] {
  const [x, y] = [a.claim.value, b.claim.value];
  const frameA = x.kind === 'interval' ? x.frame : undefined;
  const frameB = y.kind === 'interval' ? y.frame : undefined;
  const open = [x, y].some((v) => v.kind === 'interval' && (v.interval.high === Infinity || v.interval.low === 0));
  const [p, q] = [x, y].map((v) => (v.kind === 'interval' ? Math.abs(anchor(v.interval)) : 0));
  const ratio = p > 0 && q > 0 ? Math.min(1, Math.abs(Math.log(p / q)) / FAR_APART_LOG) : 1;
  return [
    ...agreement(frameA?.head, frameB?.head),
    ...agreement(frameA?.verb?.stem, frameB?.verb?.stem),
    overlap(a.entities, b.entities),
    a.day !== undefined && b.day !== undefined && a.day !== b.day ? 1 : 0,
    (a.claim.period ?? '') !== (b.claim.period ?? '') ? 1 : 0,
    open ? 1 : 0,
    cosine(a.words ?? new Set(), b.words ?? new Set(), weight),
    ratio,
    relation === 'contradiction' ? 1 : 0,
  ];
}


/** A scored comparison: the figures' relation, kept only when the score says they measure one slot. */
export interface ScoredComparison extends Comparison {
  score?: number;
  inputs?: number[];
}

/** Two figures of one pool compared: they relate as their values do when the score reaches the threshold. */
export function compareScored(a: Entry, b: Entry, weight: WordWeight, model: SlotModel = SLOT_MODEL): ScoredComparison {
  const compared = compareFigures(a.claim, b.claim, Infinity);
  if (compared.relation === 'incomparable') return INCOMPARABLE;
  const inputs = slotInputs(a, b, compared.relation, weight);
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
