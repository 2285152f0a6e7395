// Any figure with a counted noun or a verb frame that no kind of its own reads ("15 firefighters responded",
// "stole $2 million", "3 percent of its traffic"): whether two such figures measure one slot is a score
// (conflicts/quantitySlots.ts), not a key.
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const figure: KindModule = {
  kind: 'figure',
  label: 'figure',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: (a, b) => compareFigures(a, b, 10),
};
