/**
 * Type-checks files of the consumer project with the repository's TypeScript (no second
 * install), under a tsconfig written for one module setting. Strict, and never skipLibCheck:
 * the package's declaration files are checked as the consumer's compiler reads them.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './consumer-project';
import { runCommand, type CommandResult } from './run-command';

export interface ModuleSetting {
  /** How the test names it, e.g. 'nodenext, ESM'. */
  readonly name: string;
  readonly module: string;
  readonly moduleResolution: string;
  /** The extension files get: '.cts' or '.mts' decide the format under node16/nodenext. */
  readonly extension: '.ts' | '.cts' | '.mts';
}

/** Every moduleResolution a consumer may use, as CommonJS and as ESM where the mode has both. */
export const MODULE_SETTINGS: readonly ModuleSetting[] = [
  { name: 'node10, CommonJS', module: 'commonjs', moduleResolution: 'node10', extension: '.ts' },
  { name: 'node16, CommonJS', module: 'node16', moduleResolution: 'node16', extension: '.cts' },
  { name: 'node16, ESM', module: 'node16', moduleResolution: 'node16', extension: '.mts' },
  { name: 'nodenext, CommonJS', module: 'nodenext', moduleResolution: 'nodenext', extension: '.cts' },
  { name: 'nodenext, ESM', module: 'nodenext', moduleResolution: 'nodenext', extension: '.mts' },
  // bundler resolution takes ESM syntax only (module esnext or preserve).
  { name: 'bundler, ESM', module: 'esnext', moduleResolution: 'bundler', extension: '.ts' },
];

const TSC = join(REPOSITORY_ROOT, 'node_modules', 'typescript', 'lib', 'tsc.js');
const TSC_TIMEOUT_MS = 3 * 60_000;

/** The fixture copied under the extension the setting needs; returns the name to check. */
const fixtureAs = (directory: string, fixture: string, setting: ModuleSetting): string => {
  const name = fixture.replace(/\.ts$/, setting.extension);
  if (name !== fixture) copyFileSync(join(directory, fixture), join(directory, name));
  return name;
};

/** Checks `fixtures` (file names in `directory`, written as .ts) together, under `setting`. */
export const typeCheck = (directory: string, setting: ModuleSetting, fixtures: readonly string[]): Promise<CommandResult> => {
  const config = `tsconfig.${setting.name.replace(/[^a-z0-9]+/gi, '-')}.json`;
  const tsconfig = {
    compilerOptions: {
      module: setting.module,
      moduleResolution: setting.moduleResolution,
      target: 'es2022',
      lib: ['es2022'],
      types: ['node'],
      strict: true,
      skipLibCheck: false,
      noEmit: true,
    },
    files: fixtures.map((fixture) => fixtureAs(directory, fixture, setting)),
  };
  writeFileSync(join(directory, config), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return runCommand(process.execPath, [TSC, '-p', config, '--pretty', 'false'], directory, TSC_TIMEOUT_MS);
};

/** The fixture a diagnostic belongs to (its name without extension), or '' for any other file. */
const fixtureOf = (diagnostic: string, fixtures: readonly string[]): string => {
  const file = /^([^(]+)\(\d+,\d+\)/.exec(diagnostic)?.[1] ?? '';
  return fixtures.find((fixture) => file.replace(/\.[cm]?ts$/, '') === fixture.replace(/\.ts$/, '')) ?? '';
};

/**
 * tsc's diagnostics (a line at column 0 with its indented continuation lines), grouped by the
 * fixture they are in; those in the package's or other libraries' files, or in no file, under ''.
 */
export const diagnosticsByFixture = (result: CommandResult, fixtures: readonly string[]): ReadonlyMap<string, readonly string[]> => {
  const diagnostics: string[] = [];
  for (const line of result.stdout.split('\n')) {
    if (line.trim() === '') continue;
    if (/^\s/.test(line) && diagnostics.length > 0) diagnostics[diagnostics.length - 1] += `\n${line}`;
    else diagnostics.push(line);
  }
  // A failed run that printed no diagnostic (tsc crashed, timed out) is reported whole.
  if (result.status !== 0 && diagnostics.length === 0) diagnostics.push(result.transcript);
  const groups = new Map<string, string[]>([['', []], ...fixtures.map((fixture): [string, string[]] => [fixture, []])]);
  for (const diagnostic of diagnostics) groups.get(fixtureOf(diagnostic, fixtures))?.push(diagnostic);
  return groups;
};
