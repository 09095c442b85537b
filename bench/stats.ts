// Small timing helpers for the benchmarks: percentiles, medians and a timed loop.

export interface Latency {
  p50: number;
  p95: number;
  samples: number;
}

/** Nearest-rank percentile of already sorted samples (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('No samples');
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** p50 and p95 of samples in any order. */
export function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), samples: sorted.length };
}

/**
 * Times `fn(i)` `iterations` times with performance.now() after `warmup` untimed calls.
 * The index lets callers rotate through a set of inputs.
 */
export function timeLoop(iterations: number, warmup: number, fn: (i: number) => unknown): Latency {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  return latencyOf(samples);
}

/** Runs an async step and returns its result with the wall time it took. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** Milliseconds with precision that suits their size: 0.0123, 1.23, 123, 12 345. */
export function ms(value: number): string {
  if (value < 0.1) return `${value.toFixed(4)} ms`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(0)} ms`;
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

export function ratio(value: number, floor: number): string {
  return `${(value / floor).toFixed(value / floor >= 100 ? 0 : 2)}×`;
}
