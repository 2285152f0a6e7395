// How long a contract or an offer runs ("a five-year, $80 million deal"): one party's offer, matched like a sum.
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const contractLength: KindModule = {
  kind: 'contract-length',
  label: 'length of a contract',
  scope: 'event',
  matching: 'deal',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
