// How a sentence qualifies a number: "at least five" is [5, ∞), "about 400" a ±10% band, "nearly 300" [270, 300].
import { QUALIFIER_PHRASES } from '../language/en';
import type { ValueInterval } from '../types';

type Qualifier = (v: number) => ValueInterval;

/** How the words before a figure hedge it (a sense of QUALIFIER_PHRASES), or 'range' for a figure written end to end ("35 to 40"). */
export type Hedge = keyof typeof QUALIFIER_PHRASES | 'range';

const APPROXIMATE: Qualifier = (v) => ({ low: v * 0.9, high: v * 1.1 });

/** A phrase of one sense right at the end of the words before a number. */
const ending = (phrases: readonly string[]): RegExp => new RegExp(`\\b(?:${[...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/\./g, '\\.')).join('|')})$`);

/** Qualifier phrases by sense, in the order they are tried, as they appear right before the number. */
const QUALIFIERS: Array<[RegExp, Qualifier, Hedge]> = [
  [ending(QUALIFIER_PHRASES.atLeast), (v) => ({ low: v, high: Infinity }), 'atLeast'],
  [ending(QUALIFIER_PHRASES.moreThan), (v) => ({ low: v, high: Infinity, lowOpen: true }), 'moreThan'],
  [ending(QUALIFIER_PHRASES.atMost), (v) => ({ low: 0, high: v }), 'atMost'],
  [ending(QUALIFIER_PHRASES.fewerThan), (v) => ({ low: 0, high: v, highOpen: true }), 'fewerThan'],
  // Closed at the top: "nearly 235,000" and "235,000" are the same figure to a reader.
  [ending(QUALIFIER_PHRASES.nearly), (v) => ({ low: v * 0.9, high: v }), 'nearly'],
  [ending(QUALIFIER_PHRASES.about), APPROXIMATE, 'about'],
];

/** Where a qualifier found in normalised words starts in the raw text before the number (any spacing). */
export function qualifierStart(rawBefore: string, qualifier: string): number | undefined {
  const pattern = new RegExp(`${qualifier.split(' ').map((w) => w.replace(/\./g, '\\.')).join('\\s+')}\\s*$`, 'i');
  return pattern.exec(rawBefore)?.index;
}

/** Half a unit of the last digit written: "6.1" → [6.05, 6.15), "2.5 million" → [2.45M, 2.55M). */
function precisionBand(value: number, digits: string, scale: number): ValueInterval {
  const decimals = /\.(\d+)/.exec(digits)?.[1].length ?? 0;
  if (decimals === 0 && scale === 1) return { low: value, high: value };
  const half = (0.5 * scale) / 10 ** decimals;
  return { low: value - half, high: value + half, highOpen: true };
}

/** The interval a quantity stands for, given the words before it (lower case, joined by spaces). */
export function qualify(value: number, digits: string, before: string): { interval: ValueInterval; qualifier?: string; hedge?: Hedge } {
  const text = before.trim();
  for (const [pattern, make, hedge] of QUALIFIERS) {
    const m = pattern.exec(text);
    // "some 88.41 percent": a figure written to its decimals is not widened by a loose "some" or "about".
    if (m && make === APPROXIMATE && digits.includes('.')) return { interval: precisionBand(value, digits, 1), qualifier: m[0], hedge };
    if (m) return { interval: make(value), qualifier: m[0], hedge };
  }
  const scale = /\d/.test(digits) ? value / Number(digits.replace(/[^\d.]/g, '') || value) : 1;
  return { interval: precisionBand(value, digits, Number.isFinite(scale) && scale > 0 ? scale : 1) };
}

export function overlaps(a: ValueInterval, b: ValueInterval): boolean {
  const aboveLow = b.high > a.low || (b.high === a.low && !b.highOpen && !a.lowOpen);
  const belowHigh = b.low < a.high || (b.low === a.high && !b.lowOpen && !a.highOpen);
  return aboveLow && belowHigh;
}

export function formatInterval(i: ValueInterval): string {
  if (i.high === Infinity) return `${i.lowOpen ? '>' : '≥'} ${i.low}`;
  if (i.low === 0 && i.high !== 0) return `${i.highOpen ? '<' : '≤'} ${i.high}`;
  return i.low === i.high ? String(i.low) : `${i.low}–${i.high}`;
}
