// Greedy left-to-right decoding over BIO labels, shared by training and tagging.
import type { EntityType } from '../types';
import { historyFeatures, staticFeatures } from './features';
import type { TokenSpan } from './tokenSpan';

/** Adds the scores of `features` for every label into `scores` (index = label index). */
export type Scorer = (features: readonly string[], scores: Float64Array) => void;

/** An "I-x" label may only follow "B-x" or "I-x"; precomputed as allowed[prev][label]. */
export function transitions(labels: readonly string[]): boolean[][] {
  return labels.map((prev) => labels.map((label) => !label.startsWith('I-') || prev.slice(2) === label.slice(2)));
}

/**
 * Tags one sentence. `onStep` (training) sees each token's features and the label chosen, and returns the label to
 * carry forward as history (the gold one when known).
 */
export function decodeSentence(
  words: readonly string[],
  labels: readonly string[],
  allowed: readonly boolean[][],
  score: Scorer,
  onStep?: (i: number, features: string[], predicted: number) => number,
): number[] {
  const statics = staticFeatures(words);
  const scores = new Float64Array(labels.length);
  const out: number[] = [];
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < words.length; i++) {
    const features = statics[i].concat(historyFeatures(labels[prev], labels[prev2], words[i]));
    scores.fill(0);
    score(features, scores);
    let best = -1;
    for (let y = 0; y < labels.length; y++) if (allowed[prev][y] && (best < 0 || scores[y] > scores[best])) best = y;
    const carried = onStep ? onStep(i, features, best) : best;
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
