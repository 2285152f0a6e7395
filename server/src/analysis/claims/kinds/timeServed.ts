// How long someone was held ("served seven months in a state prison", "spent nine months in jail"): the time served,
// not the sentence given (prisonTerm.ts). Reports of one person's imprisonment are compared whoever the sentence names.
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const timeServed: KindModule = {
  kind: 'time-served',
  label: 'time served in prison',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
