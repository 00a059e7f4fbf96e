/**
 * Runs in a fresh child process (see lazy-loading.test.ts): `require` the package's main entry,
 * start a client on the given backend (`native` on the fake library at argv[3], or `simulated`),
 * then subscribe to licensesUpdated$ and start getDurationControl(), describe a Result, and print which of this
 * repository's modules were loaded after each step, as one JSON line on stdout.
 */
import { relative, sep } from 'node:path';

const [backend, libraryPath] = process.argv.slice(2);
const root = relative('.', `${__dirname}${sep}..${sep}..`) || '.';

// The entry point as a consumer gets it; required, not imported, so nothing loads before this line.
const sdk = require('../../src/index') as typeof import('../../src/index');
const afterRequire = Object.keys(require.cache);
const options =
  backend === 'native'
    ? ({ backend: 'native', libraryPath: libraryPath ?? '', strictLibrarySearch: true, pump: 'manual' } as const)
    : ({ backend: 'simulated', pump: 'manual' } as const);
const started = sdk.steamInit(options);
const afterInit = Object.keys(require.cache);
// Observing a stream that gets no message loads nothing; starting a call result loads its one signal.
let afterUse: string[] = [];
if (started._tag === 'Right') {
  const watching = started.right.licensesUpdated$.subscribe();
  started.right.getDurationControl();
  afterUse = Object.keys(require.cache);
  watching.unsubscribe();
  started.right.shutdown();
}
// The first description of a Result loads its table.
const described = sdk.describeResult(sdk.Result.RESULT_FAIL);
const afterDescribe = Object.keys(require.cache);

/** Paths relative to the repository root, with forward slashes, for this repository's own modules only. */
const ownModules = (paths: readonly string[]): string[] =>
  paths
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((path) => !path.startsWith('..') && !path.startsWith('node_modules/'));

// Node's own list of loaded built-ins (undocumented, so optional): node:crypto is the simulated Steam's.
const moduleLoadList = (process as { moduleLoadList?: readonly string[] }).moduleLoadList;
process.stdout.write(
  `RESULT ${JSON.stringify({
    initialised: started._tag === 'Right',
    error: started._tag === 'Left' ? started.left.message : undefined,
    afterRequire: ownModules(afterRequire),
    afterInit: ownModules(afterInit),
    afterUse: ownModules(afterUse),
    afterDescribe: ownModules(afterDescribe),
    described,
    cryptoLoaded: moduleLoadList === undefined ? null : moduleLoadList.some((name) => /^NativeModule crypto$/.test(name)),
  })}\n`,
);
