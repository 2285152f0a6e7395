// How likely two articles report the same event: a logistic model over the per-family cosines and how far apart
// their stated dates are, fit on ECB+ topics 1-35 (training/fitStories.ts writes weights.json).
import { type ArticleFeatures, FAMILIES, cosine } from './features';
import weights from './weights.json';

/** Days apart beyond which the date feature saturates: ten years. */
const MAX_GAP_DAYS = 3650;

/** The model's inputs for a pair, in the order of weights.json's `weights`. */
export function pairInputs(a: ArticleFeatures, b: ArticleFeatures): number[] {
  const inputs = FAMILIES.map((f) => cosine(a.vectors[f], b.vectors[f]));
  const dated = a.statedDate !== null && b.statedDate !== null;
  const days = dated ? Math.abs(Date.parse(a.statedDate!) - Date.parse(b.statedDate!)) / 86_400_000 : 0;
  inputs.push(dated ? 1 : 0, dated ? Math.min(1, Math.log1p(days) / Math.log1p(MAX_GAP_DAYS)) : 0);
  return inputs;
}

export const INPUT_NAMES = [...FAMILIES, 'both dated', 'date gap'];

/** The model's probability for given inputs and weights (bias last). */
export function logistic(inputs: readonly number[], w: readonly number[]): number {
  let z = w[inputs.length];
  for (let i = 0; i < inputs.length; i++) z += w[i] * inputs[i];
  return 1 / (1 + Math.exp(-z));
}

export interface StoryModel {
  /** One weight per input, then the bias. */
  weights: number[];
  /** Articles whose average pairwise score reaches this form one story (fit for story B3 F1 on topics 1-35). */
  threshold: number;
}

export const STORY_MODEL: StoryModel = { weights: weights.weights, threshold: weights.threshold };

/** Probability that two articles report the same story. */
export function sameStoryScore(a: ArticleFeatures, b: ArticleFeatures, model: StoryModel = STORY_MODEL): number {
  return logistic(pairInputs(a, b), model.weights);
}
