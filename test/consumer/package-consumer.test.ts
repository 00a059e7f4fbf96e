/**
 * The package as a consumer gets it: `npm pack` (building through prepack), installed from the
 * tarball into a temporary project beside its own rxjs, fp-ts and io-ts, then
 *  - checked by arethetypeswrong (every entry point under every resolution),
 *  - type-checked under every moduleResolution, as CommonJS and ESM, without skipLibCheck,
 *  - run from an ES module and from a CommonJS script against the simulated Steam,
 *  - held to 0.2.0's API promises: fixtures/api-0.2.ts must compile, and every misuse in
 *    fixtures/misuse.ts must not.
 * This really packs and installs (from the npm cache when it can, else the registry), in CI as
 * anywhere; the type checks dominate its time (each checks @types/node and the peers' types too).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  CONSUMER_PEERS,
  REPOSITORY_ROOT,
  consumerVersionOf,
  createConsumerProject,
  repositoryVersionOf,
  type ConsumerProject,
} from './consumer-project';
import { limited } from './limited';
import { runCommand, type CommandResult } from './run-command';
import { MODULE_SETTINGS, diagnosticsByFixture, typeCheck, type ModuleSetting } from './type-check';

const SETUP_TIMEOUT_MS = 5 * 60_000;
const STEP_TIMEOUT_MS = 5 * 60_000;
/** The machine has two cores: two commands at a time keep both busy. */
const PARALLEL_RUNS = 2;

const PACKAGING_FIXTURE = 'consumer.ts';
const API_FIXTURE = 'api-0.2.ts';
const MISUSE_FIXTURE = 'misuse.ts';
/** The setting the 0.2.0 API fixtures are checked under (with consumer.ts, in one compiler run). */
const API_SETTING = 'nodenext, ESM';

const SMOKE_SCRIPTS = { 'an ES module': 'smoke.mjs', 'a CommonJS script': 'smoke.cjs' } as const;
type SmokeFormat = keyof typeof SMOKE_SCRIPTS;

let project: ConsumerProject | undefined;
/** Every command after the install, started in beforeAll and awaited by its test. */
let runs = new Map<string, Promise<CommandResult>>();

const installed = (): ConsumerProject => {
  if (project === undefined) throw new Error('the consumer project was not created (see the beforeAll failure)');
  return project;
};

const runOf = (key: string): Promise<CommandResult> => runs.get(key) ?? Promise.reject(new Error(`nothing ran as ${key}`));

const fixturesFor = (setting: ModuleSetting): readonly string[] =>
  setting.name === API_SETTING ? [PACKAGING_FIXTURE, API_FIXTURE, MISUSE_FIXTURE] : [PACKAGING_FIXTURE];

beforeAll(async () => {
  project = await createConsumerProject();
  const { directory, tarball } = project;
  const attw = join(REPOSITORY_ROOT, 'node_modules', '.bin', 'attw');
  const commands: [string, () => Promise<CommandResult>][] = [
    // No DefinitelyTyped lookup: the check stays local, and the package ships its own types.
    ['attw', () => runCommand(attw, [tarball, '--no-definitely-typed', '--format', 'ascii', '--no-color', '--no-emoji'], REPOSITORY_ROOT, STEP_TIMEOUT_MS)],
    ...Object.values(SMOKE_SCRIPTS).map((script): [string, () => Promise<CommandResult>] => [script, () => runCommand(process.execPath, [script], directory, 60_000)]),
    ...MODULE_SETTINGS.map((setting): [string, () => Promise<CommandResult>] => [setting.name, () => typeCheck(directory, setting, fixturesFor(setting))]),
  ];
  const started = limited(commands.map(([, command]) => command), PARALLEL_RUNS);
  runs = new Map(commands.map(([key], index) => [key, started[index] ?? Promise.reject(new Error(`${key} did not start`))]));
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  // Let every command finish before its folder goes.
  await Promise.allSettled(runs.values());
  project?.remove();
}, STEP_TIMEOUT_MS);

/** The diagnostics tsc gave `fixture` under `settingName` ('' for those outside the fixtures). */
const diagnostics = async (settingName: string, fixture: string): Promise<readonly string[]> => {
  const setting = MODULE_SETTINGS.find((candidate) => candidate.name === settingName);
  if (setting === undefined) throw new Error(`no module setting ${settingName}`);
  return diagnosticsByFixture(await runOf(settingName), fixturesFor(setting)).get(fixture) ?? [];
};

/** The smoke script's run and the checks it printed (its last line, JSON). */
const smoke = async (format: SmokeFormat): Promise<{ readonly result: CommandResult; readonly checks: Record<string, unknown> }> => {
  const result = await runOf(SMOKE_SCRIPTS[format]);
  const lastLine = result.stdout.trim().split('\n').pop() ?? '';
  return { result, checks: result.status === 0 && lastLine.startsWith('{') ? (JSON.parse(lastLine) as Record<string, unknown>) : {} };
};

/** A passing command prints nothing worth reading; a failing one shows its whole transcript. */
const expectSuccess = (result: CommandResult): void => {
  expect(result.status === 0 ? '' : result.transcript).toBe('');
};

describe('the packed package in a consumer project', () => {
  it("takes the consumer's rxjs, fp-ts and io-ts as its only copies (peer dependencies)", () => {
    expect(CONSUMER_PEERS.rxjs).not.toBe(repositoryVersionOf('rxjs'));
    for (const [name, version] of Object.entries(CONSUMER_PEERS)) {
      expect(`${name}@${consumerVersionOf(installed(), name)}`).toBe(`${name}@${version}`);
      expect(existsSync(join(installed().directory, 'node_modules', 'steamworks-rx', 'node_modules', name))).toBe(false);
    }
  });

  it('ships LICENSE, CHANGELOG.md and README.md, and source maps whose sources ship or are embedded', () => {
    const packageRoot = join(installed().directory, 'node_modules', 'steamworks-rx');
    expect(['LICENSE', 'CHANGELOG.md', 'README.md'].filter((file) => !existsSync(join(packageRoot, file)))).toEqual([]);
    const maps = readdirSync(packageRoot, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    const unresolved = maps.flatMap((file) => {
      const map = JSON.parse(readFileSync(join(packageRoot, file), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      return map.sources
        .filter((source, index) => typeof map.sourcesContent?.[index] !== 'string' && !existsSync(resolve(packageRoot, dirname(file), source)))
        .map((source) => `${file} -> ${source}`);
    });
    expect(unresolved).toEqual([]);
  });

  it('has no problem arethetypeswrong finds, for either entry point under any resolution', async () => {
    expectSuccess(await runOf('attw'));
  }, STEP_TIMEOUT_MS);

  describe.each(MODULE_SETTINGS.map((setting) => setting.name))('type-checked under %s (strict, no skipLibCheck)', (settingName) => {
    it('fixtures/consumer.ts and every declaration file it reaches compile', async () => {
      const problems = [...(await diagnostics(settingName, PACKAGING_FIXTURE)), ...(await diagnostics(settingName, ''))];
      expect(problems.join('\n')).toBe('');
    }, STEP_TIMEOUT_MS);
  });

  describe.each(Object.keys(SMOKE_SCRIPTS) as SmokeFormat[])('run from %s on the simulated Steam', (format) => {
    it('loads both entry points, admits a valid ticket, refuses a VAC-banned one, and ends by itself', async () => {
      const { result, checks } = await smoke(format);
      expectSuccess(result);
      expect(result.stderr).toBe('');
      expect({ sharedRxjs: checks['sharedRxjs'], valid: checks['valid'], vacBanned: checks['vacBanned'] }).toEqual({
        sharedRxjs: true,
        valid: 'admitted',
        vacBanned: 'Left AuthSessionRejected',
      });
    }, STEP_TIMEOUT_MS);

    it('0.2.0: a Left is a SteamworksError, and misuse throws one (a bad argument, a call after shutdown)', async () => {
      const { checks } = await smoke(format);
      expect({
        leftIsSteamworksError: checks['leftIsSteamworksError'],
        badArgument: checks['badArgument'],
        afterShutdown: checks['afterShutdown'],
      }).toEqual({
        leftIsSteamworksError: true,
        badArgument: 'threw InvalidArgument SteamworksError',
        afterShutdown: 'threw NotInitialized SteamworksError',
      });
    }, STEP_TIMEOUT_MS);
  });

  describe(`the 0.2.0 API for a TypeScript caller (${API_SETTING})`, () => {
    it('fixtures/api-0.2.ts compiles: plain queries, SteamIdText, SteamworksError in Lefts and thrown', async () => {
      expect((await diagnostics(API_SETTING, API_FIXTURE)).join('\n')).toBe('');
    }, STEP_TIMEOUT_MS);

    it('fixtures/misuse.ts: no misuse compiles (an unused @ts-expect-error names one that does)', async () => {
      expect((await diagnostics(API_SETTING, MISUSE_FIXTURE)).join('\n')).toBe('');
    }, STEP_TIMEOUT_MS);
  });
});
