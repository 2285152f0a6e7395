// A person's age ("Klitschko, 36,", "the 40-year-old Thompson"), filed under that person.
import type { Claim } from '../../types';
import { anchor, compareFigures } from './figures';
import type { KindModule } from './kind';

/** One person's ages two or more years apart: the articles were written a year or more apart. */
export function yearsApart(a: Claim, b: Claim): boolean {
  if (a.kind !== 'age' || a.value.kind !== 'interval' || b.value.kind !== 'interval') return false;
  return Math.abs(anchor(a.value.interval) - anchor(b.value.interval)) >= 2;
}

export const age: KindModule = {
  kind: 'age',
  label: 'age of a person',
  scope: 'entity',
  matching: 'default',
  cumulative: () => false,
  // People age: articles months apart may both be right ("Orozco, 27," at the arrest, "29" at the trial).
  stableForDays: 180,
  compare: (a, b) => compareFigures(a, b, 10),
};
