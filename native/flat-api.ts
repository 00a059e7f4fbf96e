/**
 * The flat functions of libsteam_api 1.60 that the SDK binds, each ONCE per library. Their
 * declarations are generated (native/generated/, written by scripts/generate-abi.ts from the
 * measured ABI JSON in abi/): the core and ManualDispatch functions, ISteamUser and
 * ISteamGameServer with their accessors, and the four ISteamUtils functions the SDK calls with
 * both Utils accessors — 103 functions, every one checked to exist when the library is opened
 * ({@link flatApiSymbols}, named from native/generated/catalog.ts). They are bound in three steps,
 * each into the same object, so a port reads its functions from one object whichever step bound
 * them: the core at load ({@link bindCoreFlatApi}); on the first client init the User and client
 * Utils accessors ({@link defineClientFlatApi}), and, when the client's User and Utils ports are
 * built, every other User function and the four session Utils functions, each bound on its first
 * read ({@link defineUserFlatApi}, {@link defineSessionUtilsFlatApi}); GameServer with the server
 * accessor on the first game server init ({@link bindServerFlatApi}), which binds the four Utils
 * functions unless read already. {@link bindClientFlatApi} binds a client's set at once (tests,
 * tools). The other generated declarations (every interface of the JSON) stay data until a slice
 * binds its own interface, once, with {@link bindFlatFunctions}. test/native/flat-api.test.ts
 * checks the bound set against the JSON, so a drift in a name, an arity or a type width fails a
 * test.
 *
 * Conventions of the typed surface (the generator applies them to every interface):
 * - interface pointers (`self`) are koffi 3 pointers: bigint;
 * - uint64 arguments are bigint; uint64 RESULTS come back from koffi as a number when they fit in
 *   2^53 and as a bigint above (koffi has no switch for this), so callers normalise with `toBigInt`;
 * - C buffers and out-parameters are typed arrays passed by reference (koffi hands the array's own
 *   memory to C, no copy), so a caller can reuse one Uint32Array(1) for every call;
 * - C bool is one byte on every supported platform (koffi 'bool', checked by a test).
 */
import type { LibraryHandle, TypeObject } from 'koffi';
import { left, right, type Either } from 'fp-ts/Either';
import type { AbiFunction, AbiTypeSpec } from './generated/abi-types';
import { firstInputAccessors, firstInputSymbols } from './generated/catalog';
import type { CoreFlatApi, SteamIPAddressValue } from './generated/core';
import { coreFunctions } from './generated/core-functions';
import type { GameServerFlatApi } from './generated/game-server';
import type { UserFlatApi } from './generated/user';
import type { UtilsFlatApi } from './generated/utils';
import { koffiTypeOf } from './koffi-struct-type';
import { withLazyMembers } from './lazy-properties';
import { hostPlatform, layoutOf, layoutsFor } from './struct-layouts';

export type { RawUint64 } from './generated/abi-types';

/** SteamIPAddress_t as koffi returns it by value (pack(1), 20 bytes). */
export type RawSteamIPAddress = SteamIPAddressValue;

/** Turns a koffi uint64 result into a bigint (exact: koffi only uses numbers below 2^53). */
export const toBigInt = (value: number | bigint): bigint => (typeof value === 'bigint' ? value : BigInt(value));

/** A uint64 result (an SteamAPICall_t, a handle) as an unsigned bigint, whichever signedness koffi read it with. */
export const toUint64 = (value: number | bigint): bigint => BigInt.asUintN(64, toBigInt(value));

/** The ISteamUtils functions the SDK calls on either session (bound with the first one). */
const sessionUtilsSymbols = [
  'SteamAPI_ISteamUtils_GetAppID',
  'SteamAPI_ISteamUtils_IsAPICallCompleted',
  'SteamAPI_ISteamUtils_GetAPICallFailureReason',
  'SteamAPI_ISteamUtils_GetAPICallResult',
] as const satisfies readonly (keyof UtilsFlatApi)[];

type SessionUtilsSymbol = (typeof sessionUtilsSymbols)[number];

/** The core and ManualDispatch functions, bound when the library is loaded. */
export type { CoreFlatApi } from './generated/core';

/** What a client session calls: the core, ISteamUser, the client Utils accessor and the session Utils functions. */
export interface ClientFlatApi extends CoreFlatApi, UserFlatApi, Pick<UtilsFlatApi, 'SteamAPI_SteamUtils_v010' | SessionUtilsSymbol> {}

/** What a game server session calls: the core, ISteamGameServer, the server Utils accessor and the session Utils functions. */
export interface ServerFlatApi extends CoreFlatApi, GameServerFlatApi, Pick<UtilsFlatApi, 'SteamAPI_SteamGameServerUtils_v010' | SessionUtilsSymbol> {}

/** The typed flat API the SDK binds. Parameter names are Valve's. */
export interface FlatApi extends ClientFlatApi, ServerFlatApi {}

/** A symbol name of the flat API. */
export type FlatSymbol = keyof FlatApi;

type TypeSpec = string | TypeObject;

/** The generated User declarations, required when first bound (user-functions.ts alone, not the slice's structs). */
const userDeclarations = (): readonly AbiFunction<keyof UserFlatApi>[] =>
  (require('./generated/user-functions') as typeof import('./generated/user-functions')).userFunctions;

const utilsDeclarations = <Name extends keyof UtilsFlatApi>(names: readonly Name[]): readonly AbiFunction<Name>[] =>
  (require('./generated/utils-functions') as typeof import('./generated/utils-functions')).utilsFunctions.filter((declared): declared is AbiFunction<Name> => (names as readonly string[]).includes(declared.name));

/** What the first client init binds (User first, as the declarations are ordered). */
const clientDeclarations = (): readonly AbiFunction<Exclude<keyof ClientFlatApi, keyof CoreFlatApi>>[] => [
  ...userDeclarations(),
  ...utilsDeclarations(['SteamAPI_SteamUtils_v010', ...sessionUtilsSymbols]),
];

/** What the first game server init binds; the generated GameServer declarations are required here, not at load. */
const serverDeclarations = (): readonly AbiFunction<Exclude<keyof ServerFlatApi, keyof CoreFlatApi>>[] => [
  ...(require('./generated/game-server-functions') as typeof import('./generated/game-server-functions')).gameServerFunctions,
  ...utilsDeclarations(['SteamAPI_SteamGameServerUtils_v010', ...sessionUtilsSymbols]),
];

/** Every declaration of {@link FlatApi}, in the order of {@link flatApiSymbols}. */
const everyDeclaration = (): readonly AbiFunction<FlatSymbol>[] => [
  ...coreFunctions,
  ...userDeclarations(),
  ...(require('./generated/game-server-functions') as typeof import('./generated/game-server-functions')).gameServerFunctions,
  ...utilsDeclarations(['SteamAPI_SteamUtils_v010', 'SteamAPI_SteamGameServerUtils_v010', ...sessionUtilsSymbols]),
];

/**
 * A koffi type of a declaration. A struct returned by value (GetPublicIP's SteamIPAddress_t) is
 * the koffi type of its layout in the host packing; only structs of the layout table can be.
 */
const koffiTypeSpec = (spec: AbiTypeSpec): TypeSpec => (typeof spec === 'string' ? spec : koffiTypeOf(layoutOf(layoutsFor(hostPlatform()), spec.struct)));

/**
 * Every declared symbol, in declaration order (core, User, GameServer, Utils): what a library must
 * export to be opened. Read from the catalog, so checking a library requires no slice's
 * declarations.
 */
export const flatApiSymbols: readonly FlatSymbol[] = [
  ...firstInputSymbols.core,
  ...firstInputSymbols.user,
  ...firstInputSymbols['game-server'],
  ...firstInputSymbols.utils,
];

/** How a flat function is declared to koffi: result and parameter types (for tests and diagnostics). */
export const flatApiDeclaration = (symbol: FlatSymbol): { readonly result: TypeSpec; readonly parameters: readonly TypeSpec[] } => {
  const found = everyDeclaration().find((declared) => declared.name === symbol);
  if (found === undefined) throw new Error(`steamworks-rx: ${symbol} is not declared`);
  return { result: koffiTypeSpec(found.result), parameters: found.parameters };
};

/** Symbols a library lacks, for LibraryInvalid. */
export interface MissingSymbols {
  readonly missing: readonly string[];
}

/**
 * Binds generated declarations of a loaded library, typed as `Api` (the generated interface they
 * declare, e.g. FriendsFlatApi). Left lists every symbol the library does not export (koffi throws
 * per missing function: each is caught and collected, none is fatal alone). Binding calls nothing.
 * Struct results use the host platform's layouts. Bind an interface once and keep the result:
 * each bind creates koffi function objects.
 */
export const bindFlatFunctions = <Api extends object>(
  library: LibraryHandle,
  declarations: readonly AbiFunction<Extract<keyof Api, string>>[],
): Either<MissingSymbols, Api> => {
  const bound: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const declared of declarations) {
    try {
      bound[declared.name] = library.func(declared.name, koffiTypeSpec(declared.result), [...declared.parameters]);
    } catch {
      missing.push(declared.name);
    }
  }
  // Every declared name was just assigned a koffi function of its generated signature, and the
  // declarations are typed by the keys of Api.
  return missing.length > 0 ? left({ missing }) : right(bound as unknown as Api);
};

/**
 * Binds the declarations `api` does not hold yet into it (the same object, so functions bound
 * earlier keep their identity) and answers it typed as `Api`. Left lists every missing symbol;
 * `api` is then left as it was.
 */
const bindInto = <Api extends object>(library: LibraryHandle, api: object, declarations: readonly AbiFunction[]): Either<MissingSymbols, Api> => {
  const bound = bindFlatFunctions<Record<string, unknown>>(
    library,
    declarations.filter((declared) => !Object.prototype.hasOwnProperty.call(api, declared.name)),
  );
  if (bound._tag === 'Left') return bound;
  // `api` now holds every function of the declarations, which are typed by the keys of Api.
  return right(Object.assign(api, bound.right) as Api);
};

/** Binds the core and ManualDispatch functions of a loaded library, all at once (tests, tools). */
export const bindCoreFlatApi = (library: LibraryHandle): Either<MissingSymbols, CoreFlatApi> => bindFlatFunctions<CoreFlatApi>(library, coreFunctions);

/**
 * Makes each of `names` a member of `api` that binds its function from `declarations` on the first
 * read and turns into a plain data property (lazy-properties.ts withLazyMembers: a call after costs
 * a property load, as a bound one's). For a library {@link flatApiSymbols} were checked in: the
 * names are known to be there. A property `api` already holds stays.
 */
const bindOnFirstRead = (library: LibraryHandle, api: object, names: readonly string[], declarations: () => readonly AbiFunction[]): void => {
  const builders: Record<string, () => object> = {};
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(api, name)) continue;
    builders[name] = () => {
      const declared = declarations().find((candidate) => candidate.name === name);
      if (declared === undefined) throw new Error(`steamworks-rx: ${name} is not declared`);
      return library.func(declared.name, koffiTypeSpec(declared.result), [...declared.parameters]);
    };
  }
  withLazyMembers(api, builders);
};

/**
 * The core and ManualDispatch functions of a library {@link flatApiSymbols} were checked in (the
 * native core's, by openSteamLibrary), each bound on its first read: a client start calls three
 * of them (init, ManualDispatch_Init, the pipe), the drain four more on its first frame, the game
 * server's only a game server.
 */
export const defineCoreFlatApi = (library: LibraryHandle): CoreFlatApi => {
  const api = {};
  bindOnFirstRead(
    library,
    api,
    coreFunctions.map((declared) => declared.name),
    () => coreFunctions,
  );
  // Every CoreFlatApi name is now a property that binds its function when read.
  return api as CoreFlatApi;
};

/**
 * Binds what a client session calls into `api` (the object {@link bindCoreFlatApi} answered for
 * the same library); a second call binds nothing. Left lists every symbol the library lacks.
 */
export const bindClientFlatApi = (library: LibraryHandle, api: CoreFlatApi): Either<MissingSymbols, ClientFlatApi> =>
  bindInto<ClientFlatApi>(library, api, clientDeclarations());

/** The two accessors a client init calls, and the core functions beside them. */
export type ClientAccessorsFlatApi = CoreFlatApi & Pick<ClientFlatApi, 'SteamAPI_SteamUser_v023' | 'SteamAPI_SteamUtils_v010'>;

/**
 * What a client init calls, for a library {@link flatApiSymbols} were checked in (the native
 * core's, by openSteamLibrary): the two accessors are bound into `api` now (from the catalog,
 * without the slices' declarations). The User functions and the session Utils functions wait for
 * the ports that call them ({@link defineUserFlatApi}, {@link defineSessionUtilsFlatApi}), so a
 * start defines none of them. A second call binds nothing. Left lists an accessor the library
 * lacks.
 */
export const defineClientFlatApi = (library: LibraryHandle, api: CoreFlatApi): Either<MissingSymbols, ClientAccessorsFlatApi> => {
  const accessors = firstInputAccessors.filter((declared) => declared.name === 'SteamAPI_SteamUser_v023' || declared.name === 'SteamAPI_SteamUtils_v010');
  const bound = bindInto<Pick<ClientFlatApi, 'SteamAPI_SteamUser_v023' | 'SteamAPI_SteamUtils_v010'>>(library, api, accessors);
  return bound._tag === 'Left' ? bound : right(api as ClientAccessorsFlatApi);
};

/**
 * Makes every User function a property of `api` (a client's, after {@link defineClientFlatApi})
 * that binds on its first read (requiring user-functions.ts then) and turns into a plain data
 * property, so a client binds only what it calls; the User port does this when it is built.
 * Properties `api` already holds stay, so a second call defines nothing.
 */
export const defineUserFlatApi = (library: LibraryHandle, api: ClientAccessorsFlatApi): ClientAccessorsFlatApi & UserFlatApi => {
  bindOnFirstRead(
    library,
    api,
    firstInputSymbols.user.filter((name) => name !== 'SteamAPI_SteamUser_v023'),
    userDeclarations,
  );
  // Every UserFlatApi name is now a bound function or a property that binds one when read.
  return api as ClientAccessorsFlatApi & UserFlatApi;
};

/**
 * Makes the session Utils functions properties of `api` that bind on their first read (as
 * {@link defineUserFlatApi} does for User's); the client's Utils port does this when it is built.
 * Properties `api` already holds (a game server bound them first) stay.
 */
export const defineSessionUtilsFlatApi = (library: LibraryHandle, api: ClientAccessorsFlatApi): ClientAccessorsFlatApi & Pick<UtilsFlatApi, SessionUtilsSymbol> => {
  bindOnFirstRead(library, api, sessionUtilsSymbols, () => utilsDeclarations(sessionUtilsSymbols));
  // Every session Utils name is now a bound function or a property that binds one when read.
  return api as ClientAccessorsFlatApi & Pick<UtilsFlatApi, SessionUtilsSymbol>;
};

/**
 * A stand-in for a bound flat function that reads it with `read` on its first call (which binds it
 * when the api defines it lazily, see {@link defineClientFlatApi}) and hands it to `keep`, so the
 * caller's variable holds the koffi function itself from then on: later calls pay no indirection.
 */
export const callThenKeep = <F extends (...args: never[]) => unknown>(read: () => F, keep: (bound: F) => void): F => {
  const first = (...args: Parameters<F>): ReturnType<F> => {
    const bound = read();
    keep(bound);
    return (bound as unknown as (...args: Parameters<F>) => ReturnType<F>)(...args);
  };
  return first as unknown as F;
};

/**
 * Binds what a game server session calls into `api` (the object {@link bindCoreFlatApi} answered
 * for the same library); a second call binds nothing. Left lists every symbol the library lacks.
 */
export const bindServerFlatApi = (library: LibraryHandle, api: CoreFlatApi): Either<MissingSymbols, ServerFlatApi> =>
  bindInto<ServerFlatApi>(library, api, serverDeclarations());

/**
 * Binds every function of {@link FlatApi} of a loaded library at once, into a new object (for
 * tests and tools; the core binds in the three steps above). Left lists every symbol the library
 * does not export.
 */
export const bindFlatApi = (library: LibraryHandle): Either<MissingSymbols, FlatApi> => bindFlatFunctions<FlatApi>(library, everyDeclaration());
