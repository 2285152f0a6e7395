// How long something lasted or how long ago it happened: deliberations, hospital stays, contracts, time on the run.
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const duration: KindModule = {
  kind: 'duration',
  label: 'length of time',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
