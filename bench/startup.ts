/**
 * Benchmark 9: a cold start. In a fresh child process per measurement, with rxjs and fp-ts
 * already loaded on both sides, the SDK (`require` of the built entry, package.json's `main`, then
 * steamInit of a native client) beside raw koffi (`require('koffi')`, load the same library, bind
 * and make the same init calls); see startup-child.ts. Trials alternate which side runs first;
 * every figure is a median.
 *
 * Two libraries: the fake libsteam_api (init succeeds), and Valve's real libsteam_api 1.60 from
 * the steamworks.js devDependency, run with an empty HOME and no Steam client, so its
 * SteamAPI_InitFlat fails fast (no steamclient.so): load + bind + the init attempt is measured on
 * both sides alike. Without that library (not linux x64) its rows are left out.
 *
 * A third pair of rows, on the fake library, runs both sides with Node's module compile cache
 * (NODE_COMPILE_CACHE, Node 22.1 and later), warmed by one start per side first: what a game gets
 * by calling `module.enableCompileCache()` before it requires the SDK. V8 then reads the compiled
 * code instead of compiling the package's JavaScript. The node running the children (BENCH_NODE,
 * see child-process.ts) must support it; otherwise the rows are left out and a line says so.
 *
 * The SDK side needs dist/ (`npm run bench` builds it first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './bench-result';
import { benchNode, numberField, runBenchChild } from './child-process';
import { repositoryRoot } from './repository-root';
import { median } from './timing';

const TRIALS = 9;
const TIME_RATIO_TARGET = 2;
const RSS_TARGET_MIB = 6;
const MIB = 1024 * 1024;

interface Start {
  readonly requireMs: number;
  readonly initMs: number;
  readonly rssBefore: number;
  readonly rssAfter: number;
  readonly modules: number;
  readonly modulesAfterInit: number;
  readonly initOk: boolean;
}

interface Side {
  readonly requireMs: number;
  readonly initMs: number;
  readonly totalMs: number;
  readonly rssMiB: number;
  readonly rssGrowthMiB: number;
  readonly modules: number;
  readonly modulesAfterInit: number;
  readonly initOk: boolean;
}

const startOf = (result: unknown): Start => ({
  requireMs: numberField(result, 'requireMs'),
  initMs: numberField(result, 'initMs'),
  rssBefore: numberField(result, 'rssBefore'),
  rssAfter: numberField(result, 'rssAfter'),
  modules: numberField(result, 'modules'),
  modulesAfterInit: numberField(result, 'modulesAfterInit'),
  initOk: (result as { initOk?: unknown }).initOk === true,
});

const summarise = (starts: readonly Start[]): Side => ({
  requireMs: median(starts.map((start) => start.requireMs)),
  initMs: median(starts.map((start) => start.initMs)),
  totalMs: median(starts.map((start) => start.requireMs + start.initMs)),
  rssMiB: median(starts.map((start) => start.rssAfter / MIB)),
  rssGrowthMiB: median(starts.map((start) => (start.rssAfter - start.rssBefore) / MIB)),
  modules: median(starts.map((start) => start.modules)),
  modulesAfterInit: median(starts.map((start) => start.modulesAfterInit)),
  initOk: starts.every((start) => start.initOk),
});

const measure = (libraryPath: string, env: NodeJS.ProcessEnv | undefined, warm = false): { sdk: Side; koffi: Side } => {
  // What require('steamworks-rx') loads: package.json's main (the bundled dist/js/index.js).
  const { main } = JSON.parse(readFileSync(join(repositoryRoot(), 'package.json'), 'utf8')) as { main: string };
  const entry = join(repositoryRoot(), main);
  if (!existsSync(entry)) throw new Error(`bench: ${entry} is missing; run npm run build first`);
  const sdk: Start[] = [];
  const koffi: Start[] = [];
  const startSdk = (): Start => startOf(runBenchChild('startup-child', ['sdk', libraryPath, entry], env));
  const startKoffi = (): Start => startOf(runBenchChild('startup-child', ['koffi', libraryPath], env));
  if (warm) {
    // Fills the compile cache; not counted.
    startSdk();
    startKoffi();
  }
  for (let trial = 0; trial < TRIALS; trial += 1) {
    const runSdk = (): void => void sdk.push(startSdk());
    const runKoffi = (): void => void koffi.push(startKoffi());
    if (trial % 2 === 0) {
      runKoffi();
      runSdk();
    } else {
      runSdk();
      runKoffi();
    }
  }
  return { sdk: summarise(sdk), koffi: summarise(koffi) };
};

const rows = (label: string, initNote: string, sides: { sdk: Side; koffi: Side }): BenchResult[] => {
  const { sdk, koffi } = sides;
  const baseline = (name: string, value: number, unit: string): BenchResult['baseline'] => ({ name: `raw koffi ${name}`, value, unit });
  return [
    {
      name: `startup on ${label}: require + init`,
      value: sdk.totalMs,
      unit: 'ms',
      baseline: baseline('require + load + bind + init', koffi.totalMs, 'ms'),
      ratio: sdk.totalMs / koffi.totalMs,
      target: `ratio <= ${TIME_RATIO_TARGET}`,
      met: sdk.totalMs <= TIME_RATIO_TARGET * koffi.totalMs,
      note:
        `medians of ${TRIALS} cold starts per side in alternating child processes, rxjs and fp-ts preloaded; ${initNote}; ` +
        `SDK require ${sdk.requireMs.toFixed(1)} ms (${sdk.modules} modules, ${sdk.modulesAfterInit} after init) + init ${sdk.initMs.toFixed(1)} ms, ` +
        `raw koffi require ${koffi.requireMs.toFixed(1)} ms (${koffi.modules} modules) + load/bind/init ${koffi.initMs.toFixed(1)} ms`,
    },
    {
      name: `startup on ${label}: require`,
      value: sdk.requireMs,
      unit: 'ms',
      baseline: baseline("require('koffi')", koffi.requireMs, 'ms'),
      ratio: sdk.requireMs / koffi.requireMs,
      note: 'the SDK reads its table of exports here; koffi and start.js load at steamInit, in the init figure',
    },
    {
      name: `startup on ${label}: RSS after init`,
      value: sdk.rssMiB,
      unit: 'MiB',
      baseline: baseline('RSS after init', koffi.rssMiB, 'MiB'),
      ratio: sdk.rssMiB / koffi.rssMiB,
      target: `<= baseline + ${RSS_TARGET_MIB} MiB`,
      met: sdk.rssMiB <= koffi.rssMiB + RSS_TARGET_MIB,
      note: `growth from before the require to after init: SDK +${sdk.rssGrowthMiB.toFixed(1)} MiB, raw koffi +${koffi.rssGrowthMiB.toFixed(1)} MiB`,
    },
  ];
};

/** Valve's libsteam_api shipped by the steamworks.js devDependency (as test/native/real-library.test.ts finds it). */
const valveLibrary = (): string | undefined => {
  const path = join(repositoryRoot(), 'node_modules', 'steamworks.js', 'dist', 'linux64', 'libsteam_api.so');
  return process.platform === 'linux' && process.arch === 'x64' && existsSync(path) ? path : undefined;
};

/** The node that runs the children (child-process.ts), and whether it has the module compile cache (Node 22.1+). */
const childNode = (): { readonly version: string; readonly compileCache: boolean } => {
  const probe = spawnSync(benchNode(), ['-p', "process.version + ' ' + (typeof require('node:module').enableCompileCache === 'function')"], { encoding: 'utf8' });
  const [version = 'unknown', supported] = probe.stdout.trim().split(' ');
  return { version, compileCache: supported === 'true' };
};

/** Both sides with Node's compile cache, in a fresh cache folder; undefined when the child's node lacks it. */
const withCompileCache = (fakeLibraryPath: string): BenchResult[] | undefined => {
  const node = childNode();
  if (!node.compileCache) {
    console.log(`bench: 9 startup: no compile-cache rows (the children run Node ${node.version}, which has no module compile cache; set BENCH_NODE to a Node 22.1+ binary)`);
    return undefined;
  }
  const cache = mkdtempSync(join(tmpdir(), 'steamworks-rx-bench-compile-cache-'));
  try {
    const cached = measure(fakeLibraryPath, { ...process.env, NODE_COMPILE_CACHE: cache }, true);
    return rows(`the fake library with Node ${node.version}'s compile cache`, 'init succeeds; NODE_COMPILE_CACHE on both sides, warmed by one start each', cached).filter((row) => !row.name.endsWith('RSS after init'));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
};

export const startup = (fakeLibraryPath: string): BenchResult[] => {
  const fake = measure(fakeLibraryPath, undefined);
  if (!fake.sdk.initOk || !fake.koffi.initOk) throw new Error('bench: init on the fake library failed');
  const results = [...rows('the fake library', 'init succeeds', fake), ...(withCompileCache(fakeLibraryPath) ?? [])];
  const valve = valveLibrary();
  if (valve === undefined) return results;
  // An empty HOME: no ~/.steam/sdk64/steamclient.so, so init fails fast the same way on every machine.
  const home = mkdtempSync(join(tmpdir(), 'steamworks-rx-bench-home-'));
  try {
    const real = measure(valve, { ...process.env, HOME: home, STEAM_API_LIBRARY: '' });
    if (real.sdk.initOk || real.koffi.initOk) throw new Error("bench: init on Valve's library succeeded; this benchmark expects no Steam client");
    return [...results, ...rows("Valve's libsteam_api 1.60", 'SteamAPI_InitFlat fails (no Steam client, empty HOME): load + bind + the init attempt', real)];
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
};
