// A fighter's career knockouts ("(52-3, 46 KOs)"), filed under that fighter.
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const knockouts: KindModule = {
  kind: 'knockouts',
  label: 'career knockouts',
  scope: 'entity',
  // Career knockouts are the owner's whoever else the sentence names, like the record beside them.
  matching: 'owner',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
