// Span lookups by binary search over items in text order, so that a long sentence or a long article stays linear.
import { firstAtOrAfter } from '../spanIndex';
import type { Span } from '../types';

export { firstAtOrAfter };

/** Items (sorted by start) lying wholly inside the span. */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  const found: T[] = [];
  for (let i = firstAtOrAfter(items, span.start); i < items.length && items[i].start < span.end; i++) if (items[i].end <= span.end) found.push(items[i]);
  return found;
}

/** The item containing the span, among items sorted by start that do not overlap (sentences). */
export function containing<T extends Span>(items: readonly T[], span: Span): T | undefined {
  const i = firstAtOrAfter(items, span.start + 1) - 1;
  const item = items[i];
  return item && item.start <= span.start && span.end <= item.end ? item : undefined;
}

/** Items in text order: the input when already sorted by start, else a sorted copy. */
export function inTextOrder<T extends Span>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) if (items[i].start < items[i - 1].start) return [...items].sort((a, b) => a.start - b.start);
  return items;
}
