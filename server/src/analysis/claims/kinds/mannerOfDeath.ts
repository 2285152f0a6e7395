// How the victims died ("burnt to death", "stabbed to death").
import { compareNames } from './figures';
import type { KindModule } from './kind';

export const mannerOfDeath: KindModule = {
  kind: 'manner-of-death',
  label: 'manner of death',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: compareNames,
};
