// How an article spells a name the story's other articles write otherwise ("Kiltschko" against "Klitschko").
// Found across the story's names (conflicts/nameVariants.ts), not by comparing two claims' values one to one.
import { sameName } from './figures';
import { INCOMPARABLE, type KindModule } from './kind';

export const nameSpelling: KindModule = {
  kind: 'name-spelling',
  label: 'spelling of a name',
  scope: 'entity',
  matching: 'owner',
  cumulative: () => false,
  compare: (a, b) => (a.value.kind === 'name' && b.value.kind === 'name' ? { relation: sameName(a, b) ? 'same' : 'discrepancy', rule: 'spelling' } : INCOMPARABLE),
};
