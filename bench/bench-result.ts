/** One line of the benchmark table (and of bench/results.json). */
export interface BenchResult {
  /** What was measured, e.g. "client.getSteamID per call". */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The figure it is compared with, measured in the same run. */
  readonly baseline?: { readonly name: string; readonly value: number; readonly unit: string };
  /** value / baseline (or the ratio the target is about), when there is one. */
  readonly ratio?: number;
  /** The target as text, e.g. "ratio <= 1.5". */
  readonly target?: string;
  /** Whether the target was met (targets are reported, never asserted). */
  readonly met?: boolean;
  readonly note?: string;
}
