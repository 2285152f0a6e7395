// Precision, recall and F1 of typed spans, exact (same bounds and type) and lenient (overlapping, same type).
import type { EntityType } from '../../types';

export interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface Counts {
  predicted: number;
  gold: number;
  /** Predictions that match a gold span. */
  correct: number;
  /** Gold spans that some prediction matches. */
  found: number;
}

const emptyCounts = (): Counts => ({ predicted: 0, gold: 0, correct: 0, found: 0 });

const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`;
const overlaps = (a: TypedSpan, b: TypedSpan): boolean => a.start < b.end && b.start < a.end && a.type === b.type;

/** Adds one sentence's or document's spans into `byType` (and its "all" entry), exact or lenient. */
export function addCounts(byType: Map<string, Counts>, gold: readonly TypedSpan[], predicted: readonly TypedSpan[], lenient: boolean): void {
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const bump = (type: string, field: keyof Counts): void => {
    for (const k of [type, 'all']) {
      const counts = byType.get(k) ?? emptyCounts();
      counts[field]++;
      byType.set(k, counts);
    }
  };
  for (const p of predicted) {
    bump(p.type, 'predicted');
    if (lenient ? gold.some((g) => overlaps(g, p)) : goldKeys.has(key(p))) bump(p.type, 'correct');
  }
  for (const g of gold) {
    bump(g.type, 'gold');
    if (lenient ? predicted.some((p) => overlaps(g, p)) : predictedKeys.has(key(g))) bump(g.type, 'found');
  }
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 0 : c.found / c.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
