// How two figures relate: the comparison every kind with a number for its value shares (counts, sums, measures, lengths).
import type { Claim, ValueInterval } from '../../types';
import { overlaps, type Hedge } from '../intervals';
import { INCOMPARABLE, type ClaimValue, type Comparison, type ValueRelation } from './kind';

/** The number a phrase names: the point, or the bound that was written ("at least 5" → 5). */
export function anchor(i: ValueInterval): number {
  if (i.high === Infinity) return i.low;
  if (i.low === 0) return i.high;
  return (i.low + i.high) / 2;
}

/** A range with no written number ("dozens", "several"): only a miss counts; within it, it neither confirms nor disputes. */
function isVague(i: ValueInterval): boolean {
  return i.high !== Infinity && i.low > 0 && i.high / i.low > 1.5;
}

/** A band with both ends ("about 400", "nearly 300", "$80 million" to its precision). */
function isBand(i: ValueInterval): boolean {
  return i.low > 0 && i.high !== Infinity && i.low < i.high;
}

/** The half-unit band of a written figure ("$140 million" is [139.5M, 140.5M)). */
function isPrecisionBand(i: ValueInterval): boolean {
  return isBand(i) && i.highOpen === true && !i.lowOpen;
}

const sameNumber = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

/** Hedges that widen a figure on both sides or below it ("about 400", "nearly 300"). */
const isApproximate = (hedge: Hedge | undefined): boolean => hedge === 'about' || hedge === 'nearly';

/** A hedge that puts a figure above its number ("at least", "more than"). */
const isFloor = (hedge: Hedge | undefined): boolean => hedge === 'atLeast' || hedge === 'moreThan';

/**
 * Two overlapping figures that the hedges alone reconcile: a floor against an estimate of the same number ("more
 * than 1,400" and "around 1,400", "more than $1 million" and "an estimated $1 million"), or two ranges written end
 * to end that differ in an end ("35 to 40" and "30 to 40"). A reader sees two reports, not one. A ceiling is
 * itself an estimate of the most ("as many as 20,000" and "around 20,000" agree).
 */
function reconciledByHedges(a: ValueInterval, b: ValueInterval, hedgeA: Hedge | undefined, hedgeB: Hedge | undefined): boolean {
  if (hedgeA === 'range' && hedgeB === 'range') return !sameNumber(a.low, b.low) || !sameNumber(a.high, b.high);
  const boundAgainstEstimate = (isFloor(hedgeA) && isApproximate(hedgeB)) || (isFloor(hedgeB) && isApproximate(hedgeA));
  return boundAgainstEstimate && sameNumber(anchor(a), anchor(b));
}

function compareIntervals(a: ValueInterval, b: ValueInterval, hedgeA?: Hedge, hedgeB?: Hedge): ValueRelation {
  const x = anchor(a);
  const y = anchor(b);
  if (overlaps(a, b)) {
    if (isVague(a) || isVague(b)) return 'incomparable';
    if (reconciledByHedges(a, b, hedgeA, hedgeB)) return 'discrepancy';
    // "nearly $80 million" and "$80 million", "about 400" and "400" say the same thing to a reader.
    if ((isBand(a) && overlaps(a, { low: y, high: y })) || (isBand(b) && overlaps(b, { low: x, high: x }))) return 'same';
    return sameNumber(x, y) ? 'same' : 'discrepancy';
  }
  // Two figures a rounding apart ("$140 million" vs "over $142 million") differ compatibly; "nearly 300" and
  // "more than 300" touch without overlapping, and cannot both hold.
  const gap = a.high <= b.low ? b.low - a.high : a.low - b.high;
  // A vague word's ends are soft: a count one past them ("two grenades" against "several") differs compatibly.
  if ((isVague(a) || isVague(b)) && gap <= 1) return 'discrepancy';
  const scale = Math.max(Math.abs(x), Math.abs(y));
  const touching = gap === 0 && !isPrecisionBand(a) && !isPrecisionBand(b);
  return scale > 0 && !touching && gap / scale <= 0.02 ? 'discrepancy' : 'contradiction';
}

/**
 * A part of a group ("at least 17 of the hijacked ships") against the group's total: a smaller total cannot hold,
 * another lower bound ("at least 14 vessels") differs compatibly, anything else neither confirms nor disputes it.
 */
function comparePartToTotal(part: ValueInterval, total: ValueInterval): ValueRelation {
  if (total.high < part.low || (total.high === part.low && (total.highOpen || part.lowOpen))) return 'contradiction';
  return total.high === Infinity && part.high === Infinity && total.low !== part.low ? 'discrepancy' : 'incomparable';
}

/**
 * Compares two claims' figures. Figures more than `scopeRatio` times apart count different sets (things a few times
 * apart, people ten times apart: "two merchant vessels" and "about a dozen ships"), unless they carry a unit.
 */
export function compareFigures(a: Claim, b: Claim, scopeRatio: number): Comparison {
  const pair = inOneUnit(a.value, b.value);
  if (pair === undefined) return INCOMPARABLE;
  const [x, y, throughConversion] = pair;
  if (x.partOfGroup && y.partOfGroup) return INCOMPARABLE;
  const part = x.partOfGroup || y.partOfGroup;
  const relation = part ? (x.partOfGroup ? comparePartToTotal(x.interval, y.interval) : comparePartToTotal(y.interval, x.interval)) : compareIntervals(x.interval, y.interval, x.hedge, y.hedge);
  const [low, high] = [anchor(x.interval), anchor(y.interval)].sort((p, q) => p - q);
  const apart = !x.unit && low > 0 && high / low > scopeRatio;
  if (relation !== 'same' && apart) return { relation: 'incomparable', rule: part ? 'part-to-total' : 'intervals' };
  // Reached through a conversion, a gap may be the exchange rate of another day: the reports differ, neither is
  // shown wrong (no table of rates is kept). One sum converted two ways is the same sum reported differently.
  if (throughConversion && relation === 'contradiction') return { relation: 'discrepancy', rule: 'conversions' };
  if (relation === 'same' && !part && conversionsDiffer(x, y)) return { relation: 'discrepancy', rule: 'conversions' };
  return { relation, rule: part ? 'part-to-total' : 'intervals' };
}

type IntervalValue = Extract<ClaimValue, { kind: 'interval' }>;

/** The currency of a sum written with an amount and a conversion but no readable currency of its own. */
export const UNSHOWN_CURRENCY = '?';

/** Two equal sums whose conversions into one currency disagree ("€110bn ($141bn)" and "€110bn ($158bn)"). */
function conversionsDiffer(x: IntervalValue, y: IntervalValue): boolean {
  if (!x.converted || !y.converted || x.converted.unit !== y.converted.unit) return false;
  return compareIntervals(x.converted.interval, y.converted.interval) !== 'same';
}

/**
 * Two figures in one unit: as written, or through the sum one of them gives in the other's currency ('£5m ($8m)'
 * against '$9m' compares the dollars), and whether a conversion was used. A sum in another currency and no
 * conversion beside it is not compared, nor one whose currency is not shown, but through its conversion.
 */
function inOneUnit(x: ClaimValue, y: ClaimValue): [IntervalValue, IntervalValue, boolean] | undefined {
  if (x.kind !== 'interval' || y.kind !== 'interval') return undefined;
  const forms = (v: IntervalValue): Array<[IntervalValue, boolean]> => [[v, false], ...(v.converted ? [[{ ...v, ...v.converted, converted: undefined }, true] as [IntervalValue, boolean]] : [])];
  for (const [p, pConverted] of forms(x)) for (const [q, qConverted] of forms(y)) {
    if ((p.unit ?? '') === (q.unit ?? '') && p.unit !== UNSHOWN_CURRENCY) return [p, q, pConverted || qConverted];
  }
  return undefined;
}

/** How far apart two values are, relative to their size (0 for other values): pairs the nearest figures first. */
export function valueDistance(a: Claim, b: Claim): number {
  const pair = inOneUnit(a.value, b.value);
  if (pair === undefined) return 0;
  const [x, y] = [anchor(pair[0].interval), anchor(pair[1].interval)];
  return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-9);
}

/** Whether two names are written alike (case aside). */
export function sameName(a: Claim, b: Claim): boolean {
  return a.value.kind === 'name' && b.value.kind === 'name' && a.value.value.toLowerCase() === b.value.value.toLowerCase();
}

/** Names of one slot: the same name agrees, another contradicts ("east" and "north" of Aden). */
export function compareNames(a: Claim, b: Claim): Comparison {
  if (a.value.kind !== 'name' || b.value.kind !== 'name') return INCOMPARABLE;
  return { relation: sameName(a, b) ? 'same' : 'contradiction', rule: 'names' };
}
