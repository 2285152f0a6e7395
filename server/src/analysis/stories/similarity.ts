// How likely two articles report the same event: a logistic model over the per-family cosines and how far apart
// their stated dates are, fit on ECB+ topics 1-35 (scripts/fit-stories.ts writes weights.json).
import { type ArticleFeatures, FAMILIES, MAIN_FAMILIES, cosine } from './features';
import weights from './weights.json';

/** Days apart beyond which the date feature saturates: ten years. */
const MAX_GAP_DAYS = 3650;
/** The scale of a second, linear date feature: a month apart already tells two events apart; follow-ups come sooner. */
const MONTH_DAYS = 30;
const MAX_GAP_YEARS = 10;

const YEARS = FAMILIES.indexOf('years');

/** The weight of each article's main keys of a family that the other never writes, averaged over the two directions. */
function missingMain(a: ArticleFeatures, b: ArticleFeatures, family: (typeof MAIN_FAMILIES)[number]): number {
  const oneWay = (x: ArticleFeatures, y: ArticleFeatures): number => {
    const main = x.main[family];
    let sum = 0;
    for (let i = 0; i < main.length; i += 2) sum += y.vectors[family].hasId(main[i]) ? 0 : main[i + 1];
    return sum;
  };
  return (oneWay(a, b) + oneWay(b, a)) / 2;
}

/** The model's inputs for a pair, in the order of weights.json's `weights`. */
export function pairInputs(a: ArticleFeatures, b: ArticleFeatures): number[] {
  const inputs = FAMILIES.map((f) => cosine(a.vectors[f], b.vectors[f]));
  inputs.push(missingMain(a, b, 'names'), missingMain(a, b, 'places'));
  const dated = a.statedTime !== null && b.statedTime !== null;
  const days = dated ? Math.abs(a.statedTime! - b.statedTime!) / 86_400_000 : 0;
  inputs.push(dated ? 1 : 0, dated ? Math.min(1, Math.log1p(days) / Math.log1p(MAX_GAP_DAYS)) : 0, dated ? Math.min(1, days / MONTH_DAYS) : 0);
  // Between two dated articles the years they name say nothing their gap does not say better (two quakes of one year).
  if (dated) inputs[YEARS] = 0;
  // Undated articles still often tell their year by the years they name.
  const yearly = !dated && a.year !== null && b.year !== null;
  inputs.push(yearly ? 1 : 0, yearly ? Math.min(1, Math.abs(a.year! - b.year!) / MAX_GAP_YEARS) : 0);
  // Two events of one topic (two quakes in one place, two arrests of one man) differ in their specifics: the weekday
  // an undated report names against the other's, and the numbers each gives most (a magnitude, a toll).
  const weekdays = !dated && a.eventWeekdays !== 0 && b.eventWeekdays !== 0;
  const sharedWeekday = weekdays && (a.eventWeekdays & b.eventWeekdays) !== 0;
  inputs.push(sharedWeekday ? 1 : 0, weekdays && !sharedWeekday ? 1 : 0);
  const numbered = a.vectors.numbers.size > 0 && b.vectors.numbers.size > 0;
  inputs.push(numbered ? missingMain(a, b, 'numbers') : 0);
  return inputs;
}

export const INPUT_NAMES = [...FAMILIES, 'main names missing', 'main places missing', 'both dated', 'date gap', 'date gap in months', 'both with a year', 'year gap', 'weekday shared', 'weekdays differ', 'main numbers missing'];

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
  /** Two clusters of several articles stay apart when their average falls below this share of either one's own. */
  cohesion: number;
}

export const STORY_MODEL: StoryModel = { weights: weights.weights, threshold: weights.threshold, cohesion: weights.cohesion };

/** Probability that two articles report the same story. */
export function sameStoryScore(a: ArticleFeatures, b: ArticleFeatures, model: StoryModel = STORY_MODEL): number {
  return logistic(pairInputs(a, b), model.weights);
}
