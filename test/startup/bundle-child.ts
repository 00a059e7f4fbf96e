/**
 * Runs in a fresh child process (see bundle.test.ts) against a bundle built by scripts/bundle.js:
 * with the peers loaded first (as a game has them), `require` the bundle's main entry, start a
 * native client on the fake library, then use what loads lazily (the Friends namespace, a Steam ID
 * codec, the testing entry, the errors), and print the files each step added to require.cache as one JSON line on stdout.
 * argv: the bundle folder, the fake library.
 */
import { join } from 'node:path';

const [bundleDirectory = '', libraryPath = ''] = process.argv.slice(2);

require('rxjs');
require('fp-ts/Either');
require('fp-ts/function');

let seen = new Set(Object.keys(require.cache));
/** Files loaded since the last call. */
const added = (): string[] => {
  const now = Object.keys(require.cache);
  const fresh = now.filter((file) => !seen.has(file));
  seen = new Set(now);
  return fresh;
};

const sdk = require(join(bundleDirectory, 'index.js')) as typeof import('../../src/index');
const afterRequire = added();
const started = sdk.steamInit({ backend: 'native', libraryPath, strictLibrarySearch: true, pump: 'manual' });
const afterInit = added();
// The first read of an interface namespace loads it (and its native port).
const friendsCount = started._tag === 'Right' ? Object.keys(started.right.friends).length : 0;
const afterFriends = added();
if (started._tag === 'Right') started.right.shutdown();
const decoded = sdk.SteamId.decode(76561197960287930n);
const afterCodec = added();
const testing = require(join(bundleDirectory, 'testing.js')) as typeof import('../../src/testing');
const afterTesting = added();
// A start's own errors come from start.js: a missing library (a Left) and a wrong option (thrown)
// are the classes the main entry exports, and load nothing more.
const missing = sdk.steamInit({ backend: 'native', libraryPath: join(bundleDirectory, 'no-such-library.so'), strictLibrarySearch: true });
let thrown: unknown;
try {
  sdk.steamInit({ backend: 'native', appId: -1 });
} catch (error) {
  thrown = error;
}
const afterStartErrors = added();
// The other error classes load with their first read.
const timeoutClass = sdk.Timeout;
const afterErrorClasses = added();

process.stdout.write(
  `RESULT ${JSON.stringify({
    initialised: started._tag === 'Right',
    error: started._tag === 'Left' ? started.left.message : undefined,
    afterRequire,
    afterInit,
    afterFriends,
    friendsFunctions: friendsCount,
    afterCodec,
    afterTesting,
    codecDecoded: decoded._tag === 'Right' && decoded.right === 76561197960287930n,
    testingHasSimulatedSteam: typeof testing.createSimulatedSteam === 'function',
    afterStartErrors,
    afterErrorClasses,
    startErrorsAreTheExportedClasses:
      missing._tag === 'Left' &&
      missing.left instanceof sdk.BackendUnavailable &&
      missing.left instanceof sdk.SteamworksError &&
      thrown instanceof sdk.InvalidArgument &&
      (thrown as { argument?: string }).argument === 'options.appId',
    timeoutIsAnError: new timeoutClass('a call', 5) instanceof sdk.SteamworksError,
  })}\n`,
);
