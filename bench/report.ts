/** Prints the benchmark table and writes bench/results.json. */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './bench-result';
import { repositoryRoot } from './repository-root';

const formatNumber = (value: number): string => {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString('en');
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(3);
};

const cells = (result: BenchResult): string[] => [
  result.name,
  `${formatNumber(result.value)} ${result.unit}`,
  result.baseline === undefined ? '' : `${result.baseline.name}: ${formatNumber(result.baseline.value)} ${result.baseline.unit}`,
  result.ratio === undefined ? '' : result.ratio.toFixed(2),
  result.target ?? '',
  result.met === undefined ? '' : result.met ? 'met' : 'MISSED',
];

export const printTable = (results: readonly BenchResult[]): void => {
  const header = ['benchmark', 'value', 'baseline (same run)', 'ratio', 'target', ''];
  const rows = [header, ...results.map(cells)];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));
  for (const result of results) if (result.note !== undefined) console.log(`  * ${result.name}: ${result.note}`);
};

export const writeResults = (results: readonly BenchResult[], errors: readonly string[]): string => {
  const path = join(repositoryRoot(), 'bench', 'results.json');
  const document = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    results,
    errors,
  };
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  return path;
};
