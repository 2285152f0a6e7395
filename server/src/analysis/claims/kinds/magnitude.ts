// An earthquake's magnitude ("a 6.1-magnitude quake", "measuring 7.3 on the Richter scale").
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const magnitude: KindModule = {
  kind: 'magnitude',
  label: 'magnitude',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
