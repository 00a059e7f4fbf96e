/**
 * A native client loads only what it needs (issue 11, "start fast and small"): in a fresh
 * process, requiring the package's main entry and initialising a native client on the fake
 * library loads no module of the simulated Steam (simulated/, with node:crypto), which is
 * required only when a simulated backend is chosen. The positive control, a simulated client in
 * another fresh process, shows the check sees those modules when they are loaded. Likewise the
 * generated Apps slice waits for one of its layouts or the first Apps call, and a signal's
 * module (its io-ts codec) waits for its first observed message or its first call, a function
 * group of the client (auth, voice, …) for its first read, the game server for serverInit. Not timed:
 * `npm run bench` (benchmark 9) measures what the laziness buys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFakeLibrary } from '../fake/build';
import { runTypeScriptChild } from '../support/typescript-child';
import { lazyClientModules } from './lazy-modules';

interface LoadReport {
  readonly initialised: boolean;
  readonly error?: string;
  readonly afterRequire: readonly string[];
  readonly afterInit: readonly string[];
  readonly afterUse: readonly string[];
  readonly afterDescribe: readonly string[];
  readonly described: string;
  readonly cryptoLoaded: boolean | null;
}

const runChild = (args: readonly string[]): LoadReport =>
  runTypeScriptChild(path.join(__dirname, 'lazy-loading-child.ts'), args, { cwd: path.join(__dirname, '..', '..'), env: { ...process.env, STEAM_API_LIBRARY: '' } }).result as LoadReport;

const signalsDirectory = path.join(__dirname, '..', '..', 'streams', 'signals');
/** Every module of streams/signals/ that defines a signal (a SignalDefinition), repository-relative. */
const signalModules: readonly string[] = readdirSync(signalsDirectory)
  .filter((file) => file.endsWith('.ts') && /: SignalDefinition</.test(readFileSync(path.join(signalsDirectory, file), 'utf8')))
  .map((file) => `streams/signals/${file}`);
const loadedSignals = (modules: readonly string[]): string[] => modules.filter((module) => signalModules.includes(module));
const codecModules = (modules: readonly string[]): string[] => modules.filter((module) => module.startsWith('streams/codecs/'));


const simulatedModules = (modules: readonly string[]): string[] => modules.filter((module) => module.startsWith('simulated/'));

describe('loading steamworks-rx for a native client', () => {
  it('loads no module of the simulated Steam, neither on require nor through init', () => {
    const report = runChild(['native', buildFakeLibrary()]);
    expect({ initialised: report.initialised, error: report.error }).toEqual({ initialised: true, error: undefined });
    // The check sees the entry's own modules (so an empty list below is not a path mismatch).
    expect(report.afterRequire).toContain('src/index.ts');
    expect(report.afterInit).toContain('native/native-core.ts');
    expect(simulatedModules(report.afterRequire)).toEqual([]);
    expect(simulatedModules(report.afterInit)).toEqual([]);
    if (report.cryptoLoaded !== null) expect(report.cryptoLoaded).toBe(false);
  });

  it('requires the generated Apps slice only when something needs it, not on require', () => {
    const report = runChild(['native', buildFakeLibrary()]);
    // The check sees generated modules: the core's declarations (bound at load) are among them.
    expect(report.afterRequire).toContain('native/generated/core-functions.ts');
    expect(report.afterRequire).not.toContain('native/generated/apps.ts');
    // Init makes the struct-layout table for the dispatch, which names Apps' callback structs
    // (native/generated/catalog.ts) but builds none of them: the slice waits for its first use.
    expect(report.afterInit).toContain('native/generated/catalog.ts');
    expect(report.afterInit).not.toContain('native/generated/apps.ts');
    // Nor does a client start parse the game server's declarations, Friends' (the public Friends
    // enums read friends-enums.ts alone) or the networking types (until an identity is written).
    expect(report.afterInit).not.toContain('native/generated/game-server.ts');
    expect(report.afterInit).not.toContain('native/generated/friends.ts');
    expect(report.afterInit).not.toContain('native/generated/networking-types.ts');
    expect(report.afterInit).toContain('native/generated/friends-enums.ts');
  });

  it('loads no signal module or codec on require or init; a signal loads when first used, alone', () => {
    const report = runChild(['native', buildFakeLibrary()]);
    expect({ initialised: report.initialised, error: report.error }).toEqual({ initialised: true, error: undefined });
    // The list is the real one (every Steam signal of the SDK), and the check sees streams/ modules.
    expect(signalModules.length).toBeGreaterThanOrEqual(38);
    expect(signalModules).toContain('streams/signals/duration-control.ts');
    expect(report.afterInit).toContain('streams/user-signal-names.ts');
    // The router (and the table it routes) waits for the first signal read.
    expect(report.afterInit).not.toContain('streams/signal-router.ts');
    expect(report.afterUse).toEqual(expect.arrayContaining(['streams/signal-router.ts', 'streams/user-signals.ts']));
    expect(loadedSignals(report.afterRequire)).toEqual([]);
    expect(loadedSignals(report.afterInit)).toEqual([]);
    expect(codecModules(report.afterInit)).toEqual([]);
    // Subscribing to licensesUpdated$ (no message came) loads nothing; getDurationControl needs its decoder.
    expect(loadedSignals(report.afterUse)).toEqual(['streams/signals/duration-control.ts']);
  });

  it('loads a function group of the client on its first read, and the game server only with serverInit', () => {
    const report = runChild(['native', buildFakeLibrary()]);
    expect({ initialised: report.initialised, error: report.error }).toEqual({ initialised: true, error: undefined });
    expect(report.afterInit).toContain('src/client/steam-client.ts');
    expect(report.afterInit.filter((module) => lazyClientModules.includes(module))).toEqual([]);
    // getDurationControl (the positive control) loads its group and the decoders, not auth or voice.
    expect(report.afterUse).toEqual(expect.arrayContaining(['src/user/user-calls.ts', 'streams/signal-decoders.ts']));
    expect(report.afterUse.filter((module) => module.startsWith('src/auth/') || module === 'src/voice/microphone.ts')).toEqual([]);
    // The first describeResult loads Result's descriptions (the positive control of the last entry).
    expect(report.afterUse).not.toContain('src/enums/result-descriptions.ts');
    expect(report.afterDescribe).toContain('src/enums/result-descriptions.ts');
    expect(report.described).toBe('Generic failure.');
  });

  it('loads the simulated Steam when a simulated backend is chosen (the positive control)', () => {
    const report = runChild(['simulated']);
    expect({ initialised: report.initialised, error: report.error }).toEqual({ initialised: true, error: undefined });
    expect(simulatedModules(report.afterRequire)).toEqual([]);
    expect(simulatedModules(report.afterInit)).toContain('simulated/shared-simulated-steam.ts');
    if (report.cryptoLoaded !== null) expect(report.cryptoLoaded).toBe(true);
  });
});
