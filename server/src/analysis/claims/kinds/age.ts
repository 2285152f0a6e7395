// A person's age ("Klitschko, 36,", "the 40-year-old Thompson"), filed under that person.
import type { Claim } from '../../types';
import { anchor, compareFigures } from './figures';
import type { KindModule } from './kind';

/** How many years apart two ages are; undefined unless both are ages. */
function ageGap(a: Claim, b: Claim): number | undefined {
  if (a.kind !== 'age' || b.kind !== 'age' || a.value.kind !== 'interval' || b.value.kind !== 'interval') return undefined;
  return Math.abs(anchor(a.value.interval) - anchor(b.value.interval));
}

/** One person's ages two or more years apart: the articles were written a year or more apart. */
export function yearsApart(a: Claim, b: Claim): boolean {
  return (ageGap(a, b) ?? 0) >= 2;
}

/**
 * One person's ages a year apart ('44-year-old Peter Lindqvist', 'Peter Lindqvist, 45'): the commonest slip between
 * reports of one event, or a birthday between them, and no sign that the articles report two events.
 */
export function yearOff(a: Claim, b: Claim): boolean {
  const gap = ageGap(a, b);
  return gap !== undefined && gap < 2;
}

export const age: KindModule = {
  kind: 'age',
  label: 'age of a person',
  scope: 'entity',
  matching: 'default',
  cumulative: () => false,
  // People age: articles months apart may both be right ("Delgado, 27," at the arrest, "29" at the trial).
  stableForDays: 180,
  compare: (a, b) => compareFigures(a, b, 10),
};
