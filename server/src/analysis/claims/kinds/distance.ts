// Distances: how far from a named place ("450 kilometers south of Lima"), how far away ("five buildings away",
// "some 13 nautical miles away"), how far someone fell ("falling 120 meters down a gully"). Values are in metres.
import type { Claim, ValueInterval } from '../../types';
import { overlaps } from '../intervals';
import { anchor, compareFigures } from './figures';
import type { Comparison, KindModule } from './kind';

/** Metres per unit, by the unit as written (lower case). */
const METRES: ReadonlyMap<string, number> = new Map(Object.entries({
  m: 1, metre: 1, meter: 1, km: 1000, kilometre: 1000, kilometer: 1000, mile: 1609.344, 'nautical mile': 1852, ft: 0.3048, foot: 0.3048, feet: 0.3048, yard: 0.9144, inch: 0.0254,
}));

/** A unit of length right after a number, with what follows it: "km (4 miles) east of", " meters from". */
export const LENGTH_UNIT = /^\s*(nautical\s+miles?|miles?|km|kilomet(?:re|er)s?|metres?|meters?|m|ft|feet|foot|yards?)\b(?:\s*\([^)]{0,30}\))?/i;

/** Metres per unit for a unit as written ("Nautical miles" → 1852), undefined when it is no length. */
export function metresPer(written: string): number | undefined {
  const unit = written.toLowerCase().replace(/\s+/g, ' ');
  return METRES.get(unit) ?? METRES.get(unit.replace(/s$/, '')) ?? METRES.get(unit.replace(/e?s$/, ''));
}

/**
 * Measures written in two units ("13 nautical miles", "13 miles"; "2,000ft", "700 meters") have been converted,
 * rounded or confused by one writer: within this share of each other they differ compatibly. Fit on topics 1-12.
 */
export const CONVERSION_TOLERANCE = 0.2;

/**
 * A whole figure as a converted one is rounded: to half a unit of its last digit ("161 km/h" is 160.5 to 161.5), in
 * the claim's unit; undefined for a hedged figure or one with decimals. Trailing zeros count as written: "400 feet"
 * against "120 meters" (394 feet) stays two figures.
 */
function roundedBand(claim: Claim): ValueInterval | undefined {
  const v = claim.value;
  const written = Number(/\d[\d,]*/.exec(claim.text)?.[0].replace(/,/g, '') ?? NaN);
  if (v.kind !== 'interval' || v.hedge !== undefined || v.interval.low !== v.interval.high || !(written > 0)) return undefined;
  const half = Math.abs(0.5 * (v.interval.low / written));
  return { low: v.interval.low - half, high: v.interval.low + half };
}

/**
 * Two figures of one measure. Written in two units, they agree where one is the other converted and rounded
 * ("100 mph", "161 km/h"), and differ compatibly within the tolerance.
 */
export function compareConverted(a: Claim, b: Claim): Comparison {
  const found = compareFigures(a, b, 10);
  const [x, y] = [a.value, b.value];
  if (found.relation === 'same' || x.kind !== 'interval' || y.kind !== 'interval' || x.written === y.written) return found;
  const [bandA, bandB] = [roundedBand(a), roundedBand(b)];
  if (bandA && bandB && overlaps(bandA, bandB)) return { relation: 'same', rule: 'conversion' };
  if (found.relation !== 'contradiction') return found;
  const [p, q] = [anchor(x.interval), anchor(y.interval)];
  return Math.abs(p - q) / Math.max(p, q) <= CONVERSION_TOLERANCE ? { relation: 'discrepancy', rule: 'distances in two units' } : found;
}

export const distance: KindModule = {
  kind: 'distance',
  label: 'distance',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: compareConverted,
};

export const distanceFromPlace: KindModule = {
  kind: 'distance-from-place',
  label: 'distance from a place',
  scope: 'entity',
  matching: 'owner',
  cumulative: () => false,
  compare: compareConverted,
};
