// Order statistics the benches report: a value at a quantile of the sorted values (no interpolation).

/** The value at quantile `q` of values already sorted ascending; NaN when there are none. */
export function atQuantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export const sortedNumbers = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export const quantile = (values: readonly number[], q: number): number => atQuantile(sortedNumbers(values), q);

export const median = (values: readonly number[]): number => quantile(values, 0.5);
