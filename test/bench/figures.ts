/**
 * What one benchmark suite reports. Figures are medians over repeated runs, measured side by side
 * with a floor (the cheapest possible way to do the same work) in the same run, because these
 * machines are noisy: the ratio to the floor is what the targets speak of.
 */
export interface BenchFigure {
  /** e.g. "pipeline events/s" */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The floor measured in the same run, where there is one. */
  readonly floor?: number;
  /** The target, in words, e.g. "≥ 0.85 × floor" or "≤ 200 ms". */
  readonly target?: string;
  /** Whether the figure meets its target (benchmarks report; they never fail the test suite). */
  readonly meetsTarget?: boolean;
}

export interface BenchSuite {
  readonly name: string;
  run(): Promise<readonly BenchFigure[]>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
