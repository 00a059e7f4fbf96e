/**
 * The bundled package (scripts/bundle.js, what `npm run build` puts in dist/js) starts small
 * (issue 11, "start fast and small"), checked by what it loads, not by a timing: requiring the
 * main entry and starting a native client load no io-ts, no simulated Steam, no signal codec and
 * no interface beyond User, GameServer and Utils (each namespace and its port load on first read),
 * and stay under a byte budget; each source module is in exactly one
 * output file, so the main entry, the testing entry and the lazily loaded files share one
 * instance of every module. `npm run bench -- startup` measures what this buys.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildFakeLibrary } from '../fake/build';

interface BundleReport {
  readonly initialised: boolean;
  readonly error?: string;
  readonly afterRequire: readonly string[];
  readonly afterInit: readonly string[];
  readonly afterFriends: readonly string[];
  readonly friendsFunctions: number;
  readonly afterCodec: readonly string[];
  readonly afterTesting: readonly string[];
  readonly codecDecoded: boolean;
  readonly testingHasSimulatedSteam: boolean;
}

interface Bundled {
  readonly outdir: string;
  /** Output file name -> the repository-relative sources it holds. */
  readonly contents: Readonly<Record<string, readonly string[]>>;
}

// A plain CommonJS script (it runs before any TypeScript compiler in `npm run build`).
const { bundle } = require('../../scripts/bundle.js') as { bundle: (outdir: string) => Promise<Bundled> };

const root = path.join(__dirname, '..', '..');
// Inside the repository, so the bundle's requires of koffi and the peers resolve as in a package.
const outdir = path.join(root, '.build', `bundle-test-${process.pid}`);
/**
 * Bytes of package JavaScript a native client may load through require and init (about 470 KB
 * with Friends, UserStats and Networking in the package; it grew with every interface before the
 * namespaces became lazy). A budget, not a timing: it fails when something big joins the start.
 */
const MAX_BYTES_ON_START = 540_000;
/** Modules of the interfaces a native client loads only when it first reads their namespace. */
const lazyInterfaceModules = [
  'src/apps/apps-functions.ts',
  'src/utils/utils-functions.ts',
  'src/friends/friends-functions.ts',
  'src/friends/friends-reactive.ts',
  'src/user-stats/user-stats-functions.ts',
  'src/game-server-stats/game-server-stats-functions.ts',
  'src/networking-messages/networking-messages-functions.ts',
  'src/networking-sockets/networking-sockets-functions.ts',
  'src/networking-sockets/connection-flows.ts',
  'src/networking-utils/networking-utils-functions.ts',
  'native/native-apps-port.ts',
  'native/native-friends-port.ts',
  'native/native-user-stats-port.ts',
  'native/native-game-server-stats-port.ts',
  'native/native-networking-messages-port.ts',
  'native/native-networking-sockets-port.ts',
  'native/native-networking-utils-port.ts',
  // The client's function groups (src/session/function-groups.ts) load on their first read, the
  // game server with serverInit, the signal tables of the other interfaces with their namespace.
  'src/user/account.ts',
  'src/user/game-connection.ts',
  'src/auth/auth-functions.ts',
  'src/auth/auth-ticket.ts',
  'src/auth/held-ticket.ts',
  'src/auth/owned-ticket.ts',
  'src/auth/auth-session.ts',
  'src/auth/auth-session-flow.ts',
  'src/auth/web-api-functions.ts',
  'src/auth/web-api-ticket.ts',
  'src/session/keyed-listeners.ts',
  'src/session/timeout-queue.ts',
  'src/user/user-calls.ts',
  'src/session/steam-call.ts',
  'streams/signal-decoders.ts',
  'streams/server-signals.ts',
  'streams/friends-signals.ts',
  'streams/user-stats-signals.ts',
  'src/voice/voice-functions.ts',
  'src/voice/microphone.ts',
  'src/voice/voice-stream.ts',
  'src/voice/decompress.ts',
  'src/server/steam-server.ts',
  'src/server/server-calls.ts',
  'src/server/server-connection.ts',
  'streams/server-streams.ts',
  // Result's descriptions wait for the first describeResult.
  'src/enums/result-descriptions.ts',
  // The game server's port and interface-version list wait for serverInit, the networking
  // identity and types for the first ticket bound to a peer (or a networking call), the Steam ID
  // parsers for the first Steam ID argument that is not a bigint (or SteamId's first use).
  'native/native-game-server-port.ts',
  'native/game-server-interface-versions.ts',
  'native/networking-identity.ts',
  'native/generated/networking-types-enums.ts',
  'src/steam-id/to-steam-id.ts',
  'src/steam-id/parse-steam-id.ts',
  'src/steam-id/steam2.ts',
  'src/steam-id/steam3.ts',
  'src/steam-id/steam64.ts',
  // Result's enum and describer wait for the first SteamResultError (or Result's first use).
  'src/enums/result.ts',
  // The generated declarations a start does not run: User's and Utils' functions bind on their
  // first call, every slice's structs wait for the first layout built from them.
  'native/generated/user-functions.ts',
  'native/generated/utils-functions.ts',
  'native/generated/core-structs.ts',
  'native/generated/user-structs.ts',
  'native/generated/utils-structs.ts',
  // Koffi struct types and layouts wait for the first layout built (a drained callback, GetPublicIP).
  'native/struct-layout-builder.ts',
  // The native core's game-server side waits for the first initServer, its other ports' wiring for
  // a session's first read of one.
  'native/native-core-server.ts',
  'native/native-core-ports.ts',
  // Core's enums but ESteamAPIInitResult (each in its own module) wait for their first user.
  'native/generated/core-enums.ts',
  'native/generated/core-enum-EResult.ts',
];

let bundled: Bundled;
let report: BundleReport;

const packageOf = (file: string): string | undefined => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1]?.replace('\\', '/');
const bundleFiles = (files: readonly string[]): string[] => files.filter((file) => path.dirname(file) === outdir).map((file) => path.basename(file));
/** The sources held by the given output files. */
const sourcesIn = (outputs: readonly string[]): string[] => outputs.flatMap((output) => bundled.contents[output] ?? []);

beforeAll(async () => {
  bundled = await bundle(outdir);
  const child = spawnSync(
    process.execPath,
    ['-r', path.join(__dirname, '..', 'native', 'register-typescript.js'), path.join(__dirname, 'bundle-child.ts'), outdir, buildFakeLibrary()],
    { encoding: 'utf8', timeout: 60_000, cwd: root, env: { ...process.env, STEAM_API_LIBRARY: '' } },
  );
  if (child.status !== 0) throw new Error(`the child failed (${String(child.status ?? child.signal)}): ${child.stderr.slice(0, 2000)}`);
  const line = child.stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
  if (line === undefined) throw new Error(`the child printed no RESULT line: ${child.stdout.slice(0, 500)}`);
  report = JSON.parse(line.slice('RESULT '.length)) as BundleReport;
}, 120_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the bundled package', () => {
  it('puts every source module in exactly one output file (one instance of each across entries)', () => {
    const sources = Object.values(bundled.contents).flat();
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((source, index) => sources.indexOf(source) !== index)).toEqual([]);
    // The main entry is a table of getters (no module of its own); steamInit's module and what it
    // loads at once share one file.
    expect(bundled.contents['index.js']).toEqual([]);
    expect(bundled.contents['start.js']).toContain('src/init/steam-init.ts');
    expect(bundled.contents['testing.js']).toContain('src/testing.ts');
  });

  it('loads no io-ts on require, and no io-ts, simulated Steam, signal codec or unread interface through a native init, within a byte budget', () => {
    expect({ initialised: report.initialised, error: report.error }).toEqual({ initialised: true, error: undefined });
    // The require reads the table of exports and nothing else: no module, no koffi.
    expect(report.afterRequire.map((file) => path.relative(outdir, file))).toEqual(['index.js']);
    const native = [...report.afterRequire, ...report.afterInit];
    expect(native.map(packageOf)).not.toContain('io-ts');
    const loadedSources = sourcesIn(bundleFiles(native));
    expect(loadedSources).toContain('native/native-core.ts');
    expect(loadedSources.filter((source) => source.startsWith('simulated/') || source.startsWith('streams/codecs/'))).toEqual([]);
    // A signal's module (its io-ts codec) is a file of its own, loaded on the signal's first use.
    expect(Object.keys(bundled.contents)).toContain('streams-signals-duration-control.js');
    expect(bundleFiles(native).filter((file) => file.startsWith('streams-signals-'))).toEqual([]);
    expect(loadedSources.filter((source) => lazyInterfaceModules.includes(source))).toEqual([]);
    const bytes = bundleFiles(native).reduce((sum, file) => sum + statSync(path.join(outdir, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES_ON_START);
  });

  it('reads each export from a few grouped files, so an ES module import (which reads every export) loads few files', () => {
    const main = readFileSync(path.join(outdir, 'index.js'), 'utf8');
    const files = [...new Set([...main.matchAll(/require\("(\.\/[^"]+)"\)/g)].map((match) => match[1] ?? ''))];
    // start.js, the enums and constants, the errors, the Steam ID helpers, the server, and a few single modules.
    expect(files).toEqual(expect.arrayContaining(['./start.js', './public-values.js', './public-errors.js', './public-steam-id.js', './public-server.js']));
    expect(files.length).toBeLessThanOrEqual(8);
  });

  it('loads an interface namespace and its port on its first read (the positive control)', () => {
    expect(report.friendsFunctions).toBeGreaterThan(60);
    const loaded = sourcesIn(bundleFiles(report.afterFriends));
    expect(loaded).toEqual(expect.arrayContaining(['src/friends/friends-functions.ts', 'native/native-friends-port.ts']));
  });

  it('loads io-ts when a Steam ID codec is first used, and the simulated Steam with the testing entry (the positive controls)', () => {
    expect(report.codecDecoded).toBe(true);
    expect(report.afterCodec.map(packageOf)).toContain('io-ts');
    expect(report.testingHasSimulatedSteam).toBe(true);
    expect(sourcesIn(bundleFiles(report.afterTesting)).some((source) => source.startsWith('simulated/'))).toBe(true);
  });
});
