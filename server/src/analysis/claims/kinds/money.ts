// Sums of money by what they pay for: a deal, a bailout, a fine, a ransom, damage, a budget, a salary.
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const money: KindModule = {
  kind: 'money',
  label: 'sum of money',
  scope: 'event',
  matching: 'deal',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
