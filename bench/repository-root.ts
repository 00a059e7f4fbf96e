/**
 * The repository root, found from wherever this file runs: bench/*.ts under a TypeScript runner,
 * or .build/bench/*.js after `tsc -p tsconfig.run.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const isRepositoryRoot = (directory: string): boolean => {
  const manifest = join(directory, 'package.json');
  if (!existsSync(manifest) || !existsSync(join(directory, 'test', 'fake', 'build.js'))) return false;
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  return typeof parsed === 'object' && parsed !== null && (parsed as { name?: unknown }).name === 'steamworks-rx';
};

export const repositoryRoot = (from: string = __dirname): string => {
  for (let directory = from; ; directory = dirname(directory)) {
    if (isRepositoryRoot(directory)) return directory;
    if (dirname(directory) === directory) throw new Error(`bench: no steamworks-rx checkout above ${from}`);
  }
};
