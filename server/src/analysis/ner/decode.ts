// Greedy left-to-right decoding over BIO labels, shared by training and tagging.
import type { EntityType } from '../types';
import { HISTORY_FEATURES, historyFeatures, STATIC_FEATURES, staticFeatures } from './features';
import type { TokenSpan } from './tokenSpan';

/** Adds the weights of feature `key` for every label into `scores` (index = label index). */
export type Scorer = (key: number, scores: Float64Array) => void;

/** An "I-x" label may only follow "B-x" or "I-x"; precomputed as allowed[prev][label]. */
export function transitions(labels: readonly string[]): boolean[][] {
  return labels.map((prev) => labels.map((label) => !label.startsWith('I-') || prev.slice(2) === label.slice(2)));
}

/** The feature keys of one token: its static features then its history features. */
export type TokenFeatures = readonly number[];

/**
 * Tags one sentence; label 0 must be "O". `onStep` (training) sees each token's feature keys and the label chosen,
 * and returns the label to carry forward as history (the gold one when known). `bestNamed`, when given, receives
 * each token's best-scoring "B-" label, the type the model would give the token if it were a name.
 */
export function decodeSentence(
  words: readonly string[],
  labels: readonly string[],
  allowed: readonly boolean[][],
  score: Scorer,
  onStep?: (i: number, features: TokenFeatures, predicted: number) => number,
  bestNamed?: number[],
): number[] {
  const { keys, shapes } = staticFeatures(words);
  const history = new Uint32Array(HISTORY_FEATURES);
  const scores = new Float64Array(labels.length);
  const out: number[] = [];
  const begins = labels.flatMap((label, y) => (label.startsWith('B-') ? [y] : []));
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < words.length; i++) {
    historyFeatures(prev, prev2, shapes[i], history);
    scores.fill(0);
    const from = i * STATIC_FEATURES;
    for (let k = from; k < from + STATIC_FEATURES; k++) score(keys[k], scores);
    for (let k = 0; k < HISTORY_FEATURES; k++) score(history[k], scores);
    let best = -1;
    for (let y = 0; y < labels.length; y++) if (allowed[prev][y] && (best < 0 || scores[y] > scores[best])) best = y;
    if (bestNamed) {
      let named = begins[0];
      for (const y of begins) if (scores[y] > scores[named]) named = y;
      bestNamed.push(named);
    }
    const carried = onStep ? onStep(i, [...keys.subarray(from, from + STATIC_FEATURES), ...history], best) : best;
    out.push(best);
    prev2 = prev;
    prev = carried;
  }
  return out;
}

/** Typed spans from BIO label indexes; token offsets are added to `offset`. */
export function labelsToSpans(tags: readonly number[], labels: readonly string[], offset = 0): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const label = labels[tags[i]];
    if (label === 'O') continue;
    const type = label.slice(2) as EntityType;
    let end = i + 1;
    while (end < tags.length && labels[tags[end]] === 'I-' + type) end++;
    spans.push({ start: offset + i, end: offset + end, type });
    i = end - 1;
  }
  return spans;
}
