/**
 * Child of benchmark 9 (startup.ts): one cold start in a fresh process. rxjs and fp-ts are loaded
 * first (a game using this SDK loads them anyway; they are peer dependencies), then either
 *  - `sdk`: `require` of the built package entry (package.json's main, what `steamworks-rx`
 *    resolves to) and `steamInit` of a native client on the given library, or
 *  - `koffi`: `require('koffi')`, `koffi.load` of the same library, binding the functions the
 *    SDK's client init calls, and the same calls: SteamAPI_InitFlat, then (when it succeeds)
 *    SteamAPI_SteamUser_v023, SteamAPI_SteamUtils_v010, SteamAPI_ManualDispatch_Init and
 *    SteamAPI_GetHSteamPipe.
 * Reports the `require` time, the load/bind/init time, RSS before the require and after init,
 * whether init succeeded, and how many modules the require added to require.cache.
 *
 * argv: 'sdk' | 'koffi', library path, the package entry (for 'sdk').
 */
import { reportToParent } from './child-process';

const ERROR_MESSAGE_BYTES = 1024;

/** The peers, loaded before anything is timed. */
const preloadPeers = (): void => {
  require('rxjs');
  require('fp-ts/Either');
  require('fp-ts/function');
};

const milliseconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e6;

interface Started {
  readonly initOk: boolean;
  readonly stop: () => void;
}

interface KoffiLike {
  load(path: string): { func(name: string, result: string, parameters: string[]): (...args: unknown[]) => unknown };
}

const rawKoffi = (libraryPath: string, koffi: KoffiLike): Started => {
  const library = koffi.load(libraryPath);
  const initFlat = library.func('SteamAPI_InitFlat', 'int32_t', ['void *']);
  const steamUser = library.func('SteamAPI_SteamUser_v023', 'void *', []);
  const steamUtils = library.func('SteamAPI_SteamUtils_v010', 'void *', []);
  const manualDispatchInit = library.func('SteamAPI_ManualDispatch_Init', 'void', []);
  const getPipe = library.func('SteamAPI_GetHSteamPipe', 'int32_t', []);
  const shutdown = library.func('SteamAPI_Shutdown', 'void', []);
  const message = new Uint8Array(ERROR_MESSAGE_BYTES);
  if (initFlat(message) !== 0) return { initOk: false, stop: () => undefined };
  steamUser();
  steamUtils();
  manualDispatchInit();
  getPipe();
  return { initOk: true, stop: () => shutdown() };
};

interface SdkLike {
  steamInit(options: object): { readonly _tag: string; readonly right?: { shutdown(): void } };
}

const sdkClient = (libraryPath: string, sdk: SdkLike): Started => {
  const result = sdk.steamInit({ backend: 'native', libraryPath, strictLibrarySearch: true });
  const client = result._tag === 'Right' ? result.right : undefined;
  return { initOk: client !== undefined, stop: () => client?.shutdown() };
};

const main = (): void => {
  const [side, libraryPath, entry] = process.argv.slice(2);
  if ((side !== 'sdk' && side !== 'koffi') || libraryPath === undefined || (side === 'sdk' && entry === undefined)) {
    throw new Error('bench: startup-child takes sdk|koffi, a library path and (for sdk) the package entry');
  }
  preloadPeers();
  const modulesBefore = Object.keys(require.cache).length;
  const rssBefore = process.memoryUsage.rss();
  const requireStart = process.hrtime.bigint();
  const loaded: unknown = require(side === 'sdk' ? (entry ?? '') : 'koffi');
  const requireMs = milliseconds(requireStart);
  const modules = Object.keys(require.cache).length - modulesBefore;
  const initStart = process.hrtime.bigint();
  const started = side === 'sdk' ? sdkClient(libraryPath, loaded as SdkLike) : rawKoffi(libraryPath, loaded as KoffiLike);
  const initMs = milliseconds(initStart);
  const rssAfter = process.memoryUsage.rss();
  const modulesAfterInit = Object.keys(require.cache).length - modulesBefore;
  started.stop();
  reportToParent({ requireMs, initMs, rssBefore, rssAfter, initOk: started.initOk, modules, modulesAfterInit });
  // Valve's library may leave threads behind after a failed init; the measurement is done.
  process.exit(0);
};

main();
