// Where something happened relative to a place ("150 nautical miles east of Aden"): the direction, keyed by the place.
import { compareNames } from './figures';
import type { KindModule } from './kind';

export const bearing: KindModule = {
  kind: 'bearing',
  label: 'direction from a place',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: compareNames,
};
