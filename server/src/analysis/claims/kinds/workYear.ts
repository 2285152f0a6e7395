// The year of a film, book or album, keyed by its title ("the 2005 film The Notorious Bettie Page").
import { compareNames } from './figures';
import type { KindModule } from './kind';

export const workYear: KindModule = {
  kind: 'work-year',
  label: 'year of a work',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: compareNames,
};
