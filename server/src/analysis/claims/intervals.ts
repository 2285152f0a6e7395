// How a sentence qualifies a number: "at least five" is [5, ∞), "about 400" a ±10% band, "nearly 300" [270, 300].
import type { ValueInterval } from '../types';

type Qualifier = (v: number) => ValueInterval;

const APPROXIMATE: Qualifier = (v) => ({ low: v * 0.9, high: v * 1.1 });

/** Qualifier phrases, longest first, as they appear right before the number. */
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:at least|no fewer than|no less than|a minimum of)$/, (v) => ({ low: v, high: Infinity })],
  [/\b(?:more than|over|upwards of|in excess of|above|just over|well over)$/, (v) => ({ low: v, high: Infinity, lowOpen: true })],
  [/\b(?:at most|up to|as many as|as much as|no more than|a maximum of)$/, (v) => ({ low: 0, high: v })],
  [/\b(?:fewer than|less than|under|below|just under)$/, (v) => ({ low: 0, high: v, highOpen: true })],
  // Closed at the top: "nearly 235,000" and "235,000" are the same figure to a reader.
  [/\b(?:nearly|almost|close to|approaching)$/, (v) => ({ low: v * 0.9, high: v })],
  [/\b(?:about|around|approximately|an approximate|roughly|some|an estimated|estimated|approx\.|circa|nearly about)$/, APPROXIMATE],
];

/** Half a unit of the last digit written: "6.1" → [6.05, 6.15), "2.5 million" → [2.45M, 2.55M). */
function precisionBand(value: number, digits: string, scale: number): ValueInterval {
  const decimals = /\.(\d+)/.exec(digits)?.[1].length ?? 0;
  if (decimals === 0 && scale === 1) return { low: value, high: value };
  const half = (0.5 * scale) / 10 ** decimals;
  return { low: value - half, high: value + half, highOpen: true };
}

/** The interval a quantity stands for, given the words before it (lower case, joined by spaces). */
export function qualify(value: number, digits: string, before: string): { interval: ValueInterval; qualifier?: string } {
  const text = before.trim();
  for (const [pattern, make] of QUALIFIERS) {
    const m = pattern.exec(text);
    // "some 88.41 percent": a figure written to its decimals is not widened by a loose "some" or "about".
    if (m && make === APPROXIMATE && digits.includes('.')) return { interval: precisionBand(value, digits, 1), qualifier: m[0] };
    if (m) return { interval: make(value), qualifier: m[0] };
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
