// A person's executive title written before the name ("COO Larry Lucchino"), filed under that person.
import { compareNames } from './figures';
import type { KindModule } from './kind';

export const executiveTitle: KindModule = {
  kind: 'executive-title',
  label: 'title of a person',
  scope: 'entity',
  matching: 'owner',
  cumulative: () => false,
  compare: compareNames,
};
