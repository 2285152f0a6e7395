// Whether two values of the same attribute agree, differ compatibly (discrepancy) or cannot both hold (contradiction).
import { overlaps } from '../claims/intervals';
import { PARTITIVE } from '../claims/quantityClaims';
import { MONTHS, WEEKDAYS } from '../language/en';
import { COUNTRIES, US_STATES } from '../ner/lexicon';
import type { Claim, ValueInterval } from '../types';

export type ValueRelation = 'same' | 'discrepancy' | 'contradiction' | 'incomparable';


/** The number a phrase names: the point, or the bound that was written ("at least 5" → 5). */
function anchor(i: ValueInterval): number {
  if (i.high === Infinity) return i.low;
  if (i.low === 0) return i.high;
  return (i.low + i.high) / 2;
}

/** A range with no written number ("dozens", "tens of thousands"): only a clear miss counts. */
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

function compareIntervals(a: ValueInterval, b: ValueInterval): ValueRelation {
  const x = anchor(a);
  const y = anchor(b);
  if (overlaps(a, b)) {
    // "nearly $80 million" and "$80 million", "about 400" and "400" say the same thing to a reader.
    if (isVague(a) || isVague(b) || (isBand(a) && overlaps(a, { low: y, high: y })) || (isBand(b) && overlaps(b, { low: x, high: x }))) return 'same';
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)) ? 'same' : 'discrepancy';
  }
  // Two figures a rounding apart ("$140 million" vs "over $142 million") differ compatibly; "nearly 300" and
  // "more than 300" touch without overlapping, and cannot both hold.
  const gap = a.high <= b.low ? b.low - a.high : a.low - b.high;
  const scale = Math.max(Math.abs(x), Math.abs(y));
  const touching = gap === 0 && !isPrecisionBand(a) && !isPrecisionBand(b);
  return scale > 0 && !touching && gap / scale <= 0.02 ? 'discrepancy' : 'contradiction';
}

/**
 * Figures too far apart to count one set: things a few times apart ("two merchant vessels", "about a dozen ships"),
 * people more than ten times apart ("injuring at least two people" at a truck, "at least 70 people" nationwide).
 */
function differentScope(attribute: string, a: ValueInterval, b: ValueInterval): boolean {
  // Estimates of a crowd differ tenfold between police and organisers, and that is what a reader wants flagged.
  if (attribute === 'crowd size') return false;
  const [x, y] = [anchor(a), anchor(b)].sort((p, q) => p - q);
  return x > 0 && y / x > (attribute.startsWith('count: ') ? 3 : 10);
}

interface DateParts {
  date?: string;
  /** True when the text names the weekday ("on Friday"), not only the date. */
  named?: boolean;
  weekday?: number;
  month?: number;
}

function dateParts(value: string): DateParts {
  const parts: DateParts = {};
  for (const piece of value.split('|')) {
    if (piece.startsWith('weekday:')) {
      parts.weekday = WEEKDAYS.indexOf(piece.slice(8));
      parts.named = true;
    }
    else if (piece.startsWith('month:')) parts.month = MONTHS.indexOf(piece.slice(6)) + 1;
    else if (/^\d{4}/.test(piece)) parts.date = piece;
  }
  if (parts.date && parts.date.length >= 7) parts.month ??= Number(parts.date.slice(5, 7));
  if (parts.date && parts.date.length === 10 && parts.weekday === undefined) parts.weekday = new Date(`${parts.date}T12:00:00Z`).getUTCDay();
  return parts;
}

function compareDates(a: string, b: string): ValueRelation {
  const x = dateParts(a);
  const y = dateParts(b);
  // A weekday is what the article wrote; the date behind it depends on a reference date that may be off.
  if (x.weekday !== undefined && y.weekday !== undefined && x.named && y.named) return x.weekday === y.weekday ? 'same' : 'contradiction';
  if (x.date && y.date) {
    // A year or a month against a day names two events more often than one (a death "today", the first deaths
    // "since 1991"; a quake "in February", this week's quake "on Sunday").
    if (x.date.length !== y.date.length && (x.date.length === 10 || y.date.length === 10 || Math.min(x.date.length, y.date.length) === 4)) return 'incomparable';
    const common = Math.min(x.date.length, y.date.length);
    if (x.date.slice(0, common) !== y.date.slice(0, common)) return 'contradiction';
    return x.date.length === y.date.length ? 'same' : 'incomparable';
  }
  if (x.weekday !== undefined && y.weekday !== undefined) return x.weekday === y.weekday ? 'same' : 'contradiction';
  if (x.month !== undefined && y.month !== undefined && (x.date === undefined || x.date.length <= 7) && (y.date === undefined || y.date.length <= 7)) {
    return x.month === y.month ? 'same' : 'contradiction';
  }
  return 'incomparable';
}

const RECORD = /^(\d+)-(\d+)$/;

function isRecord(value: string): boolean {
  return RECORD.test(value);
}

/** Two win-loss records over about as many games: a season's record and a career's are different things. */
function similarRecords(a: string, b: string): boolean {
  const games = (v: string): number => v.split('-').reduce((sum, n) => sum + Number(n), 0);
  const [x, y] = [games(a), games(b)];
  return Math.abs(x - y) <= 0.15 * Math.max(x, y);
}

/** One person's ages two or more years apart: the articles were written a year or more apart. */
export function yearsApart(a: Claim, b: Claim): boolean {
  if (a.attribute !== 'age' || a.value.kind !== 'interval' || b.value.kind !== 'interval') return false;
  return Math.abs(anchor(a.value.interval) - anchor(b.value.interval)) >= 2;
}

/** How far apart two values are, relative to their size (0 for names and dates): pairs the nearest figures first. */
export function valueDistance(a: Claim, b: Claim): number {
  if (a.value.kind !== 'interval' || b.value.kind !== 'interval') return 0;
  const [x, y] = [anchor(a.value.interval), anchor(b.value.interval)];
  return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-9);
}

/**
 * A part of a group ("at least 17 of the hijacked ships") against the group's total: a smaller total cannot hold,
 * another lower bound ("at least 14 vessels") differs compatibly, anything else neither confirms nor disputes it.
 */
function comparePartToTotal(part: ValueInterval, total: ValueInterval): ValueRelation {
  if (total.high < part.low || (total.high === part.low && (total.highOpen || part.lowOpen))) return 'contradiction';
  return total.high === Infinity && part.high === Infinity && total.low !== part.low ? 'discrepancy' : 'incomparable';
}

/** States and countries, lower case without dots ("calif"): a facility's region, not its town. */
const REGIONS = new Set([...US_STATES, ...COUNTRIES].map((r) => r.toLowerCase().replace(/\./g, '')));

/**
 * Two places given for one facility ("Malibu, California", "Los Angeles, California"): two towns, or two regions
 * where one names no town, differ as a discrepancy (a town and the city next to it are both said of one place,
 * and nothing here tells which contains which); a town against a bare region ("Nashville", "Tennessee") is
 * incomparable. "Calif." and "California" are one region.
 */
function comparePlaces(a: string, b: string): ValueRelation {
  const parts = (v: string): string[] => v.toLowerCase().replace(/\./g, '').split(', ');
  const town = (p: string[]): string | undefined => (REGIONS.has(p[0]) ? undefined : p[0]);
  const regions = (p: string[]): string[] => p.filter((x) => REGIONS.has(x));
  const [x, y] = [parts(a), parts(b)];
  const [townX, townY] = [town(x), town(y)];
  if (townX && townY) return townX === townY ? 'same' : 'discrepancy';
  const [regionsX, regionsY] = [regions(x), regions(y)];
  if (regionsX.length === 0 || regionsY.length === 0) return 'incomparable';
  const sameRegion = regionsX.some((r) => regionsY.some((q) => q.startsWith(r) || r.startsWith(q)));
  return sameRegion ? 'same' : townX || townY ? 'incomparable' : 'discrepancy';
}

/**
 * Illnesses a person died of: one naming the other ("heart failure", "congestive heart failure") or "natural causes"
 * agree; two illnesses differ as a discrepancy, since one may have led to the other (pneumonia, then a heart attack).
 */
function compareCauses(a: string, b: string): ValueRelation {
  if (a.includes(b) || b.includes(a) || a === 'natural causes' || b === 'natural causes') return 'same';
  return 'discrepancy';
}

/** A relation and the comparison rule that decided it, for provenance. */
export interface Comparison {
  relation: ValueRelation;
  rule: string;
}

export const INCOMPARABLE: Comparison = { relation: 'incomparable', rule: 'none' };

export function compareValues(a: Claim, b: Claim): Comparison {
  const x = a.value;
  const y = b.value;
  if (x.kind === 'interval' && y.kind === 'interval') {
    if ((x.unit ?? '') !== (y.unit ?? '')) return INCOMPARABLE;
    const [partA, partB] = [PARTITIVE.test(a.text), PARTITIVE.test(b.text)];
    if (partA && partB) return INCOMPARABLE;
    const rule = partA || partB ? 'part-to-total' : 'intervals';
    const relation = partA || partB ? (partA ? comparePartToTotal(x.interval, y.interval) : comparePartToTotal(y.interval, x.interval)) : compareIntervals(x.interval, y.interval);
    return { relation: relation !== 'same' && !x.unit && differentScope(a.attribute, x.interval, y.interval) ? 'incomparable' : relation, rule };
  }
  if (x.kind === 'date' && y.kind === 'date') return { relation: compareDates(x.value, y.value), rule: 'dates' };
  if (x.kind === 'name' && y.kind === 'name') {
    if (x.value.toLowerCase() === y.value.toLowerCase()) return { relation: 'same', rule: 'names' };
    if (a.attribute === 'location') return { relation: comparePlaces(x.value, y.value), rule: 'places' };
    if (a.attribute === 'medical cause of death') return { relation: compareCauses(x.value.toLowerCase(), y.value.toLowerCase()), rule: 'causes' };
    if (isRecord(x.value) && isRecord(y.value)) return { relation: similarRecords(x.value, y.value) ? 'contradiction' : 'incomparable', rule: 'records' };
    return { relation: 'contradiction', rule: 'names' };
  }
  return INCOMPARABLE;
}
