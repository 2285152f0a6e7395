// The block of a street an event happened on ("in the 4300 block of Harbor Avenue"): the slot is the street, so
// two blocks of one street contradict and two streets are never compared.
import { compareNames } from './figures';
import type { KindModule } from './kind';

export const streetBlock: KindModule = {
  kind: 'street-block',
  label: 'block of a street',
  scope: 'event',
  // The street is the place: whatever else the sentences name (the tagger may read "East" for a place), one street's blocks compare.
  matching: 'owner',
  cumulative: () => false,
  compare: compareNames,
};
