// Measures read with their unit: a speed, a weight, a temperature, an area, the size of a thing ("a 10-metre dhow").
// Each dimension keeps one unit (km/h, kg, °C, m², m), so "64 km/h" and "about 40 mph" are one figure converted.
import type { Claim } from '../../types';
import { compareConverted, metresPer } from './distance';
import { anchor } from './figures';
import { INCOMPARABLE, type Comparison, type KindModule } from './kind';

export type Dimension = 'speed' | 'weight' | 'temperature' | 'area' | 'length';

/** A unit as written (lower case, singular, spaces single) → its dimension and how many of the dimension's unit it is; lengths are distance.ts's. */
const UNITS: ReadonlyMap<string, readonly [Dimension, number]> = new Map<string, readonly [Dimension, number]>([
  ['mph', ['speed', 1.609344]], ['mile per hour', ['speed', 1.609344]], ['mile an hour', ['speed', 1.609344]], ['km/h', ['speed', 1]], ['kph', ['speed', 1]],
  ['kmh', ['speed', 1]], ['kilometre per hour', ['speed', 1]], ['kilometer per hour', ['speed', 1]], ['kilometre an hour', ['speed', 1]], ['kilometer an hour', ['speed', 1]], ['knot', ['speed', 1.852]],
  ['pound', ['weight', 0.45359237]], ['lb', ['weight', 0.45359237]], ['kg', ['weight', 1]], ['kilogram', ['weight', 1]], ['kilo', ['weight', 1]], ['ton', ['weight', 907.18474]], ['tonne', ['weight', 1000]],
  ['acre', ['area', 4046.8564]], ['hectare', ['area', 10000]], ['square foot', ['area', 0.09290304]], ['square feet', ['area', 0.09290304]], ['sq ft', ['area', 0.09290304]],
  ['square metre', ['area', 1]], ['square meter', ['area', 1]], ['square mile', ['area', 2589988.11]], ['square kilometre', ['area', 1e6]], ['square kilometer', ['area', 1e6]],
]);

/**
 * A unit right after a number, spaced or joined by a hyphen ("100 mph", "8.7 acres", "10-metre"), with what it
 * measures; degrees are read apart, since only a temperature's context tells them from an angle's or a magnitude's.
 */
export const MEASURE_UNIT = /^(?:\s*|-)((?:(?:kilomet(?:re|er)s?|miles?)\s+(?:per|an)\s+hour)|mph|km\/h|kph|kmh|knots?|pounds?|lbs?|kg|kilo(?:gram)?s?|tons?|tonnes?|acres?|hectares?|sq\.?\s*ft|square\s+(?:feet|foot|met(?:re|er)s?|miles?|kilomet(?:re|er)s?)|met(?:re|er)s?|foot|feet|inch(?:es)?)\b/i;

/** The dimension and factor of a unit as written ("Acres" → area, 4046.86 m²), undefined for no unit. */
export function measureUnit(written: string): readonly [Dimension, number] | undefined {
  const unit = written.toLowerCase().replace(/\s+/g, ' ').replace(/\./g, '');
  const found = UNITS.get(unit) ?? UNITS.get(unit.replace(/s$/, '')) ?? UNITS.get(unit.replace(/es$/, '')) ?? UNITS.get(unit.replace(/s\b/, ''));
  if (found) return found;
  const metres = metresPer(unit);
  return metres === undefined ? undefined : ['length', metres];
}

/**
 * Two writers' figures for one measure differ by rounding, conversion or estimate (within CONVERSION_TOLERANCE, fit
 * on topics 1-12); measures more than twice apart are of two things ("a 9-acre site", "a 12,000 square foot store").
 * Not fit: topics 1-12 hold one pair of measures.
 */
const SCOPE_RATIO = 2;

function compareMeasures(a: Claim, b: Claim): Comparison {
  if (a.value.kind !== 'interval' || b.value.kind !== 'interval') return INCOMPARABLE;
  const [x, y] = [Math.abs(anchor(a.value.interval)), Math.abs(anchor(b.value.interval))].sort((p, q) => p - q);
  return x > 0 && y / x > SCOPE_RATIO ? INCOMPARABLE : compareConverted(a, b);
}

export const measure: KindModule = {
  kind: 'measure',
  label: 'measure',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: compareMeasures,
};
