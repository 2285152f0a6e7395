// The prison term a named person was given ("sentenced Delgado to 20 years").
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const prisonTerm: KindModule = {
  kind: 'prison-term',
  label: 'prison term',
  scope: 'entity',
  matching: 'default',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
