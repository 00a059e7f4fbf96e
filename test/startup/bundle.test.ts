/**
 * The bundled package (scripts/bundle.js, what `npm run build` puts in dist/js) starts small
 * (issue 11, "start fast and small"), checked by what it loads, not by a timing: requiring the
 * main entry and starting a native client load no io-ts, no simulated Steam, no signal codec and
 * no interface beyond User, GameServer and Utils (each namespace and its port load on first read),
 * and stay under a byte budget; each source module is in exactly one
 * output file, so the main entry, the testing entry and the lazily loaded files share one
 * instance of every module. `npm run bench -- startup` measures what this buys.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { buildFakeLibrary } from '../fake/build';
import { runTypeScriptChild } from '../support/typescript-child';
import { bundleOnlyLazyModules, lazyClientModules, lazyInterfaceModules } from './lazy-modules';

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
  readonly afterStartErrors: readonly string[];
  readonly afterErrorClasses: readonly string[];
  readonly startErrorsAreTheExportedClasses: boolean;
  readonly timeoutIsAnError: boolean;
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
 * Bytes of package JavaScript a native client may load through require and init: index.js and
 * start.js, about 134 KB (0.3.0 loaded about 530 KB, most of it compiled for nothing). A budget, not
 * a timing: it fails when something big joins the start.
 */
const MAX_BYTES_ON_START = 160_000;
/**
 * Bytes of start.js in arrow functions outside any function or class, which V8 compiles in full
 * when it compiles the file (see scripts/arrows-as-functions.js). What remains is esbuild's
 * helpers, about 1.3 KB; the sources' arrows were about 80 KB, and the export getters 8 KB
 * (bundle.js fills the namespaces on first read and reads start.js's exports through one function).
 */
const MAX_EAGER_ARROW_BYTES = 1_500;

let bundled: Bundled;
let report: BundleReport;

const packageOf = (file: string): string | undefined => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1]?.replace('\\', '/');
const bundleFiles = (files: readonly string[]): string[] => files.filter((file) => path.dirname(file) === outdir).map((file) => path.basename(file));
/** The sources held by the given output files. */
const sourcesIn = (outputs: readonly string[]): string[] => outputs.flatMap((output) => bundled.contents[output] ?? []);

beforeAll(async () => {
  bundled = await bundle(outdir);
  report = runTypeScriptChild(path.join(__dirname, 'bundle-child.ts'), [outdir, buildFakeLibrary()], { cwd: root, env: { ...process.env, STEAM_API_LIBRARY: '' } }).result as BundleReport;
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
    expect(loadedSources.filter((source) => [...lazyInterfaceModules, ...lazyClientModules, ...bundleOnlyLazyModules].includes(source))).toEqual([]);
    const bytes = bundleFiles(native).reduce((sum, file) => sum + statSync(path.join(outdir, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES_ON_START);
  });

  it('compiles start.js lazily: its module-level functions are declarations, not arrows (V8 parses those in full at load)', () => {
    const text = readFileSync(path.join(outdir, 'start.js'), 'utf8');
    const file = ts.createSourceFile('start.js', text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
    let eagerArrowBytes = 0;
    let declarations = 0;
    let expressions = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isArrowFunction(node)) eagerArrowBytes += node.end - node.pos;
      else if (ts.isFunctionLike(node) || ts.isClassLike(node)) {
        if (ts.isFunctionDeclaration(node)) declarations += 1;
        if (ts.isFunctionExpression(node)) expressions += 1;
        return;
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(file, visit);
    expect(eagerArrowBytes).toBeLessThanOrEqual(MAX_EAGER_ARROW_BYTES);
    // Declarations, which V8 compiles ~3× faster than a function expression bound to a variable.
    expect(declarations).toBeGreaterThan(150);
    expect(expressions).toBeLessThan(declarations / 4);
  });

  it('requires each package once as start.js loads (Node resolves every require of a package again), koffi without copying its exports', () => {
    const text = readFileSync(path.join(outdir, 'start.js'), 'utf8');
    // An unindented statement, plain or in a run of top-level statements moved into a function (see topLevelRunsAsFunctions).
    const requests = [...text.matchAll(/^(?:var |(?:var [\w$, ]+; )?function __topLevel\d+\(\) \{ )?\w+ = .*?\brequire\("([^".][^"]*)"\)/gm)].map((match) => match[1]);
    expect(requests).toEqual(expect.arrayContaining(['rxjs', 'fp-ts/Either', 'koffi']));
    expect(requests.filter((request, index) => requests.indexOf(request) !== index)).toEqual([]);
    expect(text).not.toMatch(/__toESM\(require\("koffi"\)\)/);
    // esbuild's helpers the rewrites left without a reader are gone.
    expect(text).not.toMatch(/\b__toCommonJS\b|\b__toESM\b|\b__export\b/);
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

  it("reports a start's own failure with start.js's error classes, and loads the others after init (the positive control)", () => {
    expect(report.startErrorsAreTheExportedClasses).toBe(true);
    expect(bundleFiles(report.afterStartErrors)).toEqual([]);
    // The Friends functions (read before) raise them, so their first read loaded them.
    expect(sourcesIn(bundleFiles([...report.afterFriends, ...report.afterErrorClasses]))).toContain('src/errors.ts');
    expect(report.timeoutIsAnError).toBe(true);
  });

  it('loads io-ts when a Steam ID codec is first used, and the simulated Steam with the testing entry (the positive controls)', () => {
    expect(report.codecDecoded).toBe(true);
    expect(report.afterCodec.map(packageOf)).toContain('io-ts');
    expect(report.testingHasSimulatedSteam).toBe(true);
    expect(sourcesIn(bundleFiles(report.afterTesting)).some((source) => source.startsWith('simulated/'))).toBe(true);
  });
});
