import { readFileSync } from 'node:fs';
import path from 'node:path';
import koffi, { type LibraryHandle } from 'koffi';
import { isRight } from 'fp-ts/Either';
import {
  bindClientFlatApi,
  bindCoreFlatApi,
  bindFlatApi,
  bindServerFlatApi,
  defineClientFlatApi,
  defineCoreFlatApi,
  defineSessionUtilsFlatApi,
  defineUserFlatApi,
  flatApiDeclaration,
  flatApiSymbols,
  toBigInt,
  type CoreFlatApi,
  type FlatSymbol,
} from '../../native/flat-api';
import { coreFunctions } from '../../native/generated/core';
import { gameServerFunctions } from '../../native/generated/game-server';
import { userFunctions } from '../../native/generated/user';
import { outputPath as fakeLibraryPath } from '../fake/build';

interface AbiFunction {
  readonly name: string;
  readonly exportedByValveLinuxLib: boolean;
  readonly returnsCanonical: string;
  readonly paramsCanonical: readonly string[];
}
// The first ABI file holds exactly the interfaces the SDK binds (core, User, GameServer, the Utils it calls).
const abi = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'abi', 'steamworks-abi-1.60.json'), 'utf8')) as { functions: readonly AbiFunction[] };
const exported = abi.functions.filter((declared) => declared.exportedByValveLinuxLib);

/** Size in bytes a canonical C type occupies as an argument or result (x86-64). */
const canonicalSize = (type: string): number => {
  if (type === 'void') return 0;
  if (type.endsWith('*') || type.startsWith('char (*)')) return 8;
  if (type === 'bool') return 1;
  if (type === 'unsigned short') return 2;
  if (type === 'unsigned long long') return 8;
  if (type === 'SteamIPAddress_t') return 20;
  return 4; // int, unsigned int, enums
};

const sessionUtils = [
  'SteamAPI_ISteamUtils_GetAppID',
  'SteamAPI_ISteamUtils_IsAPICallCompleted',
  'SteamAPI_ISteamUtils_GetAPICallFailureReason',
  'SteamAPI_ISteamUtils_GetAPICallResult',
];

/** The fake library and its core functions, bound (the set-up most tests share). */
const boundCore = (): { readonly library: LibraryHandle; readonly api: CoreFlatApi } => {
  const library = koffi.load(fakeLibraryPath);
  const core = bindCoreFlatApi(library);
  if (core._tag === 'Left') throw new Error(`core: ${core.left.missing.join(', ')}`);
  return { library, api: core.right };
};

describe('flat API declarations', () => {
  it('declare exactly the functions the 1.60 Linux library exports', () => {
    expect([...flatApiSymbols].sort()).toEqual(exported.map((declared) => declared.name).sort());
    expect(flatApiSymbols).toHaveLength(103);
  });

  it.each(exported.map((declared) => [declared.name, declared] as const))('%s matches the ABI arity and widths', (name, declared) => {
    const { result, parameters } = flatApiDeclaration(name as FlatSymbol);
    expect(parameters).toHaveLength(declared.paramsCanonical.length);
    expect(declared.returnsCanonical === 'void' ? 0 : koffi.sizeof(result)).toBe(canonicalSize(declared.returnsCanonical));
    parameters.forEach((parameter, index) => {
      const canonical = declared.paramsCanonical[index] ?? '';
      expect([name, index, koffi.sizeof(parameter)]).toEqual([name, index, canonicalSize(canonical)]);
      if (canonical === 'bool') expect(koffi.type(parameter).primitive).toBe('Bool');
      if (canonical === 'unsigned long long') expect(koffi.type(parameter).primitive).toBe('UInt64');
    });
    if (declared.returnsCanonical === 'unsigned long long') expect(koffi.type(result).primitive).toBe('UInt64');
  });

  it('C bool is one byte in koffi', () => {
    expect(koffi.sizeof('bool')).toBe(1);
  });

  it('binds every declared function of the fake library', () => {
    const bound = bindFlatApi(koffi.load(fakeLibraryPath));
    expect(isRight(bound)).toBe(true);
  });

  it('declares the symbols in the order core, User, GameServer, Utils (what LibraryInvalid lists first)', () => {
    expect(flatApiSymbols.slice(0, coreFunctions.length)).toEqual(coreFunctions.map((declared) => declared.name));
    expect(flatApiSymbols.slice(coreFunctions.length, coreFunctions.length + userFunctions.length)).toEqual(userFunctions.map((declared) => declared.name));
    expect(flatApiSymbols.slice(coreFunctions.length + userFunctions.length, -6)).toEqual(gameServerFunctions.map((declared) => declared.name));
    expect(flatApiSymbols.slice(-6)).toEqual([
      'SteamAPI_SteamUtils_v010',
      'SteamAPI_SteamGameServerUtils_v010',
      'SteamAPI_ISteamUtils_GetAppID',
      'SteamAPI_ISteamUtils_IsAPICallCompleted',
      'SteamAPI_ISteamUtils_GetAPICallFailureReason',
      'SteamAPI_ISteamUtils_GetAPICallResult',
    ]);
  });

  it('binds in three steps into one object: the core at load, then each session\'s functions once', () => {
    const library = koffi.load(fakeLibraryPath);
    const core = bindCoreFlatApi(library);
    if (core._tag === 'Left') throw new Error(`core: ${core.left.missing.join(', ')}`);
    const api = core.right;
    expect(Object.keys(api).sort()).toEqual(coreFunctions.map((declared) => declared.name).sort());
    const initFlat = api.SteamAPI_InitFlat;

    const client = bindClientFlatApi(library, api);
    if (client._tag === 'Left') throw new Error(`client: ${client.left.missing.join(', ')}`);
    expect(client.right).toBe(api);
    expect(client.right.SteamAPI_InitFlat).toBe(initFlat);
    const clientSymbols = Object.keys(api);
    expect(clientSymbols).not.toContain('SteamAPI_SteamGameServer_v015');
    expect(clientSymbols).not.toContain('SteamAPI_SteamGameServerUtils_v010');
    expect(clientSymbols).toEqual(expect.arrayContaining([...userFunctions.map((declared) => declared.name), 'SteamAPI_SteamUtils_v010', 'SteamAPI_ISteamUtils_GetAPICallResult']));
    const getAppId = client.right.SteamAPI_ISteamUtils_GetAppID;
    const getSteamId = client.right.SteamAPI_ISteamUser_GetSteamID;
    // A second client bind binds nothing: the same functions stay.
    const again = bindClientFlatApi(library, api);
    expect(again._tag === 'Right' && again.right.SteamAPI_ISteamUser_GetSteamID).toBe(getSteamId);

    const server = bindServerFlatApi(library, api);
    if (server._tag === 'Left') throw new Error(`server: ${server.left.missing.join(', ')}`);
    expect(server.right).toBe(api);
    // The Utils functions both sessions call were bound with the client and are kept.
    expect(server.right.SteamAPI_ISteamUtils_GetAppID).toBe(getAppId);
    expect(Object.keys(api).sort()).toEqual([...flatApiSymbols].sort());
  });

  it('a game server first binds the shared Utils functions with it, and no User function', () => {
    const { library, api } = boundCore();
    const server = bindServerFlatApi(library, api);
    if (server._tag === 'Left') throw new Error('server');
    expect(Object.keys(server.right)).toEqual(expect.arrayContaining(['SteamAPI_ISteamUtils_GetAppID', 'SteamAPI_ISteamGameServer_GetPublicIP', 'SteamAPI_SteamGameServerUtils_v010']));
    expect(Object.keys(server.right).filter((name) => name.startsWith('SteamAPI_ISteamUser_') || name === 'SteamAPI_SteamUtils_v010')).toEqual([]);
  });

  it('a native client binds its two accessors at init; its ports define the other client functions, each bound on its first read, once', () => {
    const { library, api } = boundCore();
    const client = defineClientFlatApi(library, api);
    if (client._tag === 'Left') throw new Error(`client: ${client.left.missing.join(', ')}`);
    expect(client.right).toBe(api);
    const descriptor = (name: string): PropertyDescriptor | undefined => Object.getOwnPropertyDescriptor(api, name);
    expect(typeof descriptor('SteamAPI_SteamUser_v023')?.value).toBe('function');
    expect(typeof descriptor('SteamAPI_SteamUtils_v010')?.value).toBe('function');
    expect(descriptor('SteamAPI_SteamGameServerUtils_v010')).toBeUndefined();
    // An init defines nothing else: the User and session Utils functions wait for their ports.
    expect(Object.keys(api).sort()).toEqual([...coreFunctions.map((declared) => declared.name), 'SteamAPI_SteamUser_v023', 'SteamAPI_SteamUtils_v010'].sort());
    const user = defineUserFlatApi(library, client.right);
    const utils = defineSessionUtilsFlatApi(library, client.right);
    expect(user).toBe(api);
    expect(utils).toBe(api);
    // Every other client function is there now (the same names as an eager bind) but not bound yet.
    expect(Object.keys(api).sort()).toEqual(
      [...coreFunctions.map((declared) => declared.name), ...userFunctions.map((declared) => declared.name), 'SteamAPI_SteamUtils_v010', ...sessionUtils].sort(),
    );
    for (const name of [...userFunctions.map((declared) => declared.name).filter((name) => name !== 'SteamAPI_SteamUser_v023'), ...sessionUtils]) {
      expect({ name, getter: typeof descriptor(name)?.get }).toEqual({ name, getter: 'function' });
    }
    // The first read binds a koffi function of the generated signature and keeps it as plain data.
    const getSteamId = user.SteamAPI_ISteamUser_GetSteamID;
    expect(typeof getSteamId).toBe('function');
    expect(descriptor('SteamAPI_ISteamUser_GetSteamID')).toEqual({ value: getSteamId, writable: true, enumerable: true, configurable: true });
    expect(user.SteamAPI_ISteamUser_GetSteamID).toBe(getSteamId);
    expect(typeof descriptor('SteamAPI_ISteamUser_BLoggedOn')?.get).toBe('function');
    // Defining again keeps what is bound; a game server bind after it binds the Utils functions not read yet, once.
    const again = defineClientFlatApi(library, api);
    expect(again._tag === 'Right' && defineUserFlatApi(library, again.right).SteamAPI_ISteamUser_GetSteamID).toBe(getSteamId);
    const getAppId = utils.SteamAPI_ISteamUtils_GetAppID;
    expect(defineSessionUtilsFlatApi(library, client.right).SteamAPI_ISteamUtils_GetAppID).toBe(getAppId);
    const server = bindServerFlatApi(library, api);
    if (server._tag === 'Left') throw new Error('server');
    expect(server.right.SteamAPI_ISteamUtils_GetAppID).toBe(getAppId);
    expect(Object.keys(api).sort()).toEqual([...flatApiSymbols].sort());
  });

  it("a game server's bind first keeps its Utils functions when a client's Utils port defines them after", () => {
    const { library, api } = boundCore();
    const server = bindServerFlatApi(library, api);
    if (server._tag === 'Left') throw new Error('server');
    const getAppId = server.right.SteamAPI_ISteamUtils_GetAppID;
    const client = defineClientFlatApi(library, api);
    if (client._tag === 'Left') throw new Error('client');
    expect(defineSessionUtilsFlatApi(library, client.right).SteamAPI_ISteamUtils_GetAppID).toBe(getAppId);
    expect(Object.getOwnPropertyDescriptor(api, 'SteamAPI_ISteamUtils_GetAppID')?.value).toBe(getAppId);
  });

  it('a native core binds each core function on its first read, once, and a server bind keeps them', () => {
    const library = koffi.load(fakeLibraryPath);
    const api = defineCoreFlatApi(library);
    const descriptor = (name: string): PropertyDescriptor | undefined => Object.getOwnPropertyDescriptor(api, name);
    // Every core name is there (the same names as an eager bind), none bound yet.
    expect(Object.keys(api).sort()).toEqual(coreFunctions.map((declared) => declared.name).sort());
    for (const { name } of coreFunctions) expect({ name, getter: typeof descriptor(name)?.get }).toEqual({ name, getter: 'function' });
    // The first read binds a koffi function of the generated signature and keeps it as plain data;
    // it calls into the library.
    const isSteamRunning = api.SteamAPI_IsSteamRunning;
    expect(typeof isSteamRunning).toBe('function');
    expect(descriptor('SteamAPI_IsSteamRunning')).toEqual({ value: isSteamRunning, writable: true, enumerable: true, configurable: true });
    expect(typeof isSteamRunning()).toBe('boolean');
    expect(api.SteamAPI_IsSteamRunning).toBe(isSteamRunning);
    expect(typeof descriptor('SteamGameServer_Shutdown')?.get).toBe('function');
    // The sessions' binds add their functions beside the core's, which stay as they are.
    const client = defineClientFlatApi(library, api);
    if (client._tag === 'Left') throw new Error('client bind');
    defineUserFlatApi(library, client.right);
    const server = bindServerFlatApi(library, api);
    if (server._tag === 'Left') throw new Error('session bind');
    expect(server.right.SteamAPI_IsSteamRunning).toBe(isSteamRunning);
    expect(typeof descriptor('SteamAPI_Shutdown')?.get).toBe('function');
    expect(Object.keys(api).sort()).toEqual([...flatApiSymbols].sort());
  });

  it('a native client defines nothing lazily over a library that lacks its accessors', () => {
    const { library, api } = boundCore();
    const before = Object.keys(api);
    const client = defineClientFlatApi(koffi.load('libc.so.6'), api);
    expect(client._tag === 'Left' && client.left.missing).toEqual(['SteamAPI_SteamUser_v023', 'SteamAPI_SteamUtils_v010']);
    expect(Object.keys(api)).toEqual(before);
  });

  it('a session bind lists every symbol a library lacks and leaves the object as it was', () => {
    const { library, api } = boundCore();
    const before = Object.keys(api);
    const libc = koffi.load('libc.so.6');
    const client = bindClientFlatApi(libc, api);
    expect(client._tag === 'Left' && client.left.missing).toEqual([
      ...userFunctions.map((declared) => declared.name),
      'SteamAPI_SteamUtils_v010',
      'SteamAPI_ISteamUtils_GetAppID',
      'SteamAPI_ISteamUtils_IsAPICallCompleted',
      'SteamAPI_ISteamUtils_GetAPICallFailureReason',
      'SteamAPI_ISteamUtils_GetAPICallResult',
    ]);
    expect(Object.keys(api)).toEqual(before);
  });

  it('toBigInt keeps koffi numbers and bigints exact', () => {
    expect(toBigInt(2 ** 53)).toBe(9007199254740992n);
    expect(toBigInt(76561198265685624n)).toBe(76561198265685624n);
    expect(toBigInt(0)).toBe(0n);
  });
});
