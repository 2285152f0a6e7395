// Logistic regression for the fitting scripts (stories, quantity slots): weights kept as data in the analysis.
import { logistic } from '../server/src/analysis/stories/similarity';

export interface LogisticOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Holds each weight to a sign (1: ≥ 0, -1: ≤ 0, 0 or absent: free) by projecting it back after every step. */
  signs?: readonly number[];
}

/** Full-batch gradient descent; positives and negatives weigh the same in total. The last weight is the bias. */
export function fitLogistic(inputs: number[][], labels: boolean[], options: LogisticOptions): number[] {
  const n = inputs[0].length;
  const w = new Array<number>(n + 1).fill(0);
  const positives = labels.filter(Boolean).length;
  const weightOf = (label: boolean): number => (label ? 0.5 / positives : 0.5 / (labels.length - positives));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = new Array<number>(n + 1).fill(0);
    inputs.forEach((x, i) => {
      const error = (logistic(x, w) - (labels[i] ? 1 : 0)) * weightOf(labels[i]);
      for (let k = 0; k < n; k++) grad[k] += error * x[k];
      grad[n] += error;
    });
    for (let k = 0; k <= n; k++) {
      w[k] -= options.rate * (grad[k] + (k < n ? options.l2 * w[k] : 0));
      if ((options.signs?.[k] ?? 0) * w[k] < 0) w[k] = 0;
    }
  }
  return w;
}
