// Percentages by what they measure: turnout, a stock move, a vote share, unemployment, inflation.
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const percentage: KindModule = {
  kind: 'percentage',
  label: 'percentage',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
