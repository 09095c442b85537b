// Averages and percentiles as the reports publish them (docs/metrics.md): nothing to count is
// null, never zero, so an empty period does not read as a perfect one.

/** The arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The nearest-rank percentile: the smallest value with at least `p` of the values at or below
 * it (for p90 of 10 values, the 9th smallest). Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** A share; null when there is nothing to share. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
