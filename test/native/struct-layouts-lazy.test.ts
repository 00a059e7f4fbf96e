/**
 * The layout table knows its struct names and callback ids from native/generated/catalog.ts and
 * requires a slice's generated structs (<slice>-structs.ts) only when one of that slice's layouts
 * is built: in a fresh process, requiring the table loads the catalog alone; building a User
 * layout (and GetPublicIP's core SteamIPAddress_t) and reading other slices' names and ids loads
 * the User and core structs and no other slice's module; building a Friends layout then loads
 * friends-structs.ts and nothing else. The catalog itself is held to the generated slices here.
 */
import path from 'node:path';
import { sliceStructRecord, type GeneratedSlice } from '../../native/generated/catalog';
import { abiSlices } from '../../native/generated/all';
import { runTypeScriptChild } from '../support/typescript-child';

interface LoadReport {
  readonly built: readonly (string | undefined)[];
  readonly names: Readonly<Record<string, boolean | number | undefined>>;
  readonly afterRequire: readonly string[];
  readonly afterUser: readonly string[];
  readonly afterFriends: readonly string[];
}

const runChild = (): LoadReport => runTypeScriptChild(path.join(__dirname, 'struct-layouts-lazy-child.ts'), [], { cwd: path.join(__dirname, '..', '..') }).result as LoadReport;

/** The generated slices of loaded modules (`<slice>.ts` and its `-enums`, `-functions`, `-structs` files are one slice), sorted, without duplicates. */
const slicesOf = (files: readonly string[]): string[] =>
  [...new Set(files.map((file) => file.replace(/^native\/generated\//, '').replace(/(-enums|-functions|-structs)?\.ts$/, '')))]
    .filter((slice) => slice !== 'abi-types')
    .sort();

describe('the layout table requires a slice only to build its layouts', () => {
  const report = runChild();

  it('builds a User layout and answers names and ids of every slice without requiring another slice', () => {
    expect(report.built).toEqual(['GetTicketForWebApiResponse_t', 'SteamServersConnected_t', 'SteamIPAddress_t', 'PersonaStateChange_t']);
    expect(report.names).toEqual({ friends: true, userStatsUnloaded: 1108, ps3Trophies: false, chatMessage: false, networking: 1221 });
    // abi-types.ts holds only types: its compiled module may or may not be required.
    expect(report.afterRequire).toEqual(['native/generated/catalog.ts']);
    expect(slicesOf(report.afterUser)).toEqual(['catalog', 'core', 'user']);
    // Only the structs: neither a slice's functions nor its declarations file with them.
    expect(report.afterUser).toEqual(['native/generated/catalog.ts', 'native/generated/core-structs.ts', 'native/generated/user-structs.ts']);
  });

  it('requires the Friends slice, and only it, when a Friends layout is built', () => {
    expect(slicesOf(report.afterFriends)).toEqual(['catalog', 'core', 'friends', 'user']);
    expect(report.afterFriends).toEqual([...report.afterUser, 'native/generated/friends-structs.ts'].sort());
  });
});

describe('native/generated/catalog.ts', () => {
  it('names every generated struct, in its slice and declaration order, with its callback id', () => {
    const fromSlices = Object.fromEntries(
      abiSlices.map((slice) => [slice.file, Object.fromEntries(slice.structs.map((struct) => [struct.name, struct.callbackId ?? null]))] as const),
    );
    const fromCatalog = Object.fromEntries(abiSlices.map((slice) => [slice.file, sliceStructRecord(slice.file as GeneratedSlice)] as const));
    expect(fromCatalog).toEqual(fromSlices);
    for (const slice of abiSlices) expect(Object.keys(sliceStructRecord(slice.file as GeneratedSlice))).toEqual(slice.structs.map((struct) => struct.name));
  });
});
