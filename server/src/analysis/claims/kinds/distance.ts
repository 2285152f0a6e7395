// Distances: how far from a named place ("1,500 kilometers south of Tehran"), how far away ("five buildings away",
// "some 13 nautical miles away"), how far someone fell ("falling 150 meters from a ridge"). Values are in metres.
import type { Claim } from '../../types';
import { anchor, compareFigures } from './figures';
import type { Comparison, KindModule } from './kind';

/** Metres per unit, by the unit as written (lower case). */
const METRES: ReadonlyMap<string, number> = new Map(Object.entries({
  m: 1, metre: 1, meter: 1, km: 1000, kilometre: 1000, kilometer: 1000, mile: 1609.344, 'nautical mile': 1852, ft: 0.3048, foot: 0.3048, feet: 0.3048, yard: 0.9144,
}));

/** A unit of length right after a number, with what follows it: "km (4 miles) east of", " meters from". */
export const LENGTH_UNIT = /^\s*(nautical\s+miles?|miles?|km|kilomet(?:re|er)s?|metres?|meters?|m|ft|feet|foot|yards?)\b(?:\s*\([^)]{0,30}\))?/i;

/** Metres per unit for a unit as written ("Nautical miles" → 1852), undefined when it is no length. */
export function metresPer(written: string): number | undefined {
  const unit = written.toLowerCase().replace(/\s+/g, ' ');
  return METRES.get(unit) ?? METRES.get(unit.replace(/s$/, '')) ?? METRES.get(unit.replace(/e?s$/, ''));
}

/**
 * Distances written in two units ("13 nautical miles", "13 miles"; "2,000ft", "700 meters") have been converted,
 * rounded or confused by one writer: within this share of each other they differ compatibly. Fit on topics 1-12.
 */
export const CONVERSION_TOLERANCE = 0.2;

function compareDistances(a: Claim, b: Claim): Comparison {
  const found = compareFigures(a, b, 10);
  const [x, y] = [a.value, b.value];
  if (found.relation !== 'contradiction' || x.kind !== 'interval' || y.kind !== 'interval' || x.written === y.written) return found;
  const [p, q] = [anchor(x.interval), anchor(y.interval)];
  return Math.abs(p - q) / Math.max(p, q) <= CONVERSION_TOLERANCE ? { relation: 'discrepancy', rule: 'distances in two units' } : found;
}

export const distance: KindModule = {
  kind: 'distance',
  label: 'distance',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: compareDistances,
};

export const distanceFromPlace: KindModule = {
  kind: 'distance-from-place',
  label: 'distance from a place',
  scope: 'entity',
  matching: 'owner',
  cumulative: () => false,
  compare: compareDistances,
};
