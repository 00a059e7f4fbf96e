/**
 * Every Steamworks struct the SDK reads or writes, from the generated ABI data.
 *
 * The declarations are generated (native/generated/, written by scripts/generate-abi.ts from the
 * measured ABI JSON in abi/). From them we build (struct-layout-builder.ts, required on the first
 * layout built: a start only reads names and callback ids) koffi struct types for both callback packings
 * (pack 4 on Linux/macOS, pack 8 on Windows: koffi can build either on any host) and a plain
 * layout table (offsets and sizes, as koffi computes them) that the decoders in `streams/` and
 * the simulated core's encoder use, so a callback from Valve's library and one from the
 * simulated core go through the same bytes. test/native/struct-layouts.test.ts and
 * test/native/generated-structs.test.ts hold koffi's numbers to the measured ones.
 */
import type { AbiFieldKind, AbiStruct } from './generated/abi-types';
import { sliceCallbackIds, sliceStructNames, type GeneratedSlice } from './generated/catalog';
import type { Platform } from './steam-core';

/**
 * How a field's bytes are read. `steamId` / `gameId` are CSteamID / CGameID: 8 bytes, alignment 1
 * (declared under pack(1)). A nested struct or an array of anything but chars and uint8 is kept
 * as `bytes` (its copy), with `struct` or `elements` saying what the bytes hold.
 */
export type FieldKind =
  | 'bool'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'float'
  | 'double'
  | 'steamId'
  | 'gameId'
  | 'pointer'
  | 'chars'
  | 'bytes';

/** The scalar kinds an array of a `bytes` member can hold (read with struct-bytes' readElements). */
export type ElementKind = Exclude<FieldKind, 'chars' | 'bytes'>;

/** The ISteamFriends structs of the table. */
const friendsTableStructs: readonly string[] = [
  'PersonaStateChange_t',
  'GameOverlayActivated_t',
  'GameServerChangeRequested_t',
  'GameLobbyJoinRequested_t',
  'AvatarImageLoaded_t',
  'ClanOfficerListResponse_t',
  'FriendRichPresenceUpdate_t',
  'GameRichPresenceJoinRequested_t',
  'DownloadClanActivityCountsResult_t',
  'FriendsGetFollowerCount_t',
  'FriendsIsFollowing_t',
  'FriendsEnumerateFollowingList_t',
  'SetPersonaNameResponse_t',
  'UnreadChatMessagesChanged_t',
  'OverlayBrowserProtocolNavigation_t',
  'EquippedProfileItemsChanged_t',
  'EquippedProfileItems_t',
  'FriendGameInfo_t',
];

/** Which structs of a slice the table holds: all of them (less `except`), or the ones `only` names. */
interface TableSlice {
  readonly slice: GeneratedSlice;
  readonly only?: readonly string[];
  readonly except?: readonly string[];
}

/**
 * The structs of the layout table, in table order: every callback and call result of ISteamUser,
 * ISteamGameServer, ISteamUtils (SteamAPICallCompleted_t among them), ISteamApps, ISteamFriends
 * (but its chat callbacks), ISteamUserStats (with LeaderboardEntry_t, less PS3TrophiesInstalled_t),
 * ISteamGameServerStats and the three networking interfaces, and the structs the native core reads or writes (SteamAPICallCompleted_t,
 * CallbackMsg_t, GetPublicIP's SteamIPAddress_t, the SteamNetworkingIdentity of auth tickets).
 * Named from native/generated/catalog.ts, so the table knows its names and callback ids without
 * requiring a slice. A slice that decodes more callbacks adds its structs here (test/streams
 * checks that every callback in the table has a decoder).
 */
const tableSlices: readonly TableSlice[] = [
  { slice: 'user' },
  { slice: 'game-server' },
  { slice: 'utils' },
  { slice: 'apps' },
  // Friends: every callback and call result but the clan chat and chat message ones (out of
  // scope, no decoder), and FriendGameInfo_t (GetFriendGamePlayed's out-struct).
  { slice: 'friends', only: friendsTableStructs },
  // PS3TrophiesInstalled_t is left out: it shares 1112 with GlobalStatsReceived_t, is never
  // posted on a PC, and its larger size would make every GlobalStatsReceived_t result fail the
  // call-result size check. UserStatsUnloaded_t and GSStatsUnloaded_t share 1108 with one
  // layout; the routers tell them apart by pipe (byCallbackId keeps the first, the client's).
  { slice: 'user-stats', except: ['PS3TrophiesInstalled_t'] },
  { slice: 'game-server-stats' },
  { slice: 'core', only: ['CallbackMsg_t', 'SteamIPAddress_t'] },
  { slice: 'networking-types', only: ['SteamNetworkingIdentity', 'SteamNetworkingIPAddr', 'SteamNetConnectionInfo_t'] },
  // The networking callbacks (the pack(1) Messages structs, the relay status).
  { slice: 'networking-messages' },
  { slice: 'networking-utils', only: ['SteamRelayNetworkStatus_t'] },
  { slice: 'networking-sockets', only: ['SteamNetConnectionStatusChangedCallback_t', 'SteamNetAuthenticationStatus_t'] },
];

/** A table struct as the catalog names it: its slice and k_iCallback. */
interface TableEntry {
  readonly name: string;
  readonly slice: GeneratedSlice;
  readonly callbackId: number | undefined;
}

/** A per-slice reading of the catalog (`read`), made on a slice's first call and kept. */
const keptPerSlice = <T>(read: (slice: GeneratedSlice) => T): ((slice: GeneratedSlice) => T) => {
  const kept = new Map<GeneratedSlice, T>();
  return (slice) => {
    let value = kept.get(slice);
    if (value === undefined) {
      value = read(slice);
      kept.set(slice, value);
    }
    return value;
  };
};

/** Each slice's struct names and callback ids, split from the catalog once. */
const namesIn = keptPerSlice(sliceStructNames);
const callbackIdsIn = keptPerSlice(sliceCallbackIds);

/** The entry of the struct at `index` of a slice's catalog names. */
const entryAt = (slice: GeneratedSlice, name: string, index: number): TableEntry =>
  // The catalog writes 0 for a struct that is not a callback.
  ({ name, slice, callbackId: callbackIdsIn(slice)[index] || undefined });

/** The table's structs, in table order, from the catalog (no slice is required). */
const tableEntries = (): readonly TableEntry[] =>
  tableSlices.flatMap(({ slice, only, except }) => {
    const names = namesIn(slice);
    const chosen = only ?? names.filter((name) => !(except ?? []).includes(name));
    return chosen.map((name): TableEntry => {
      const index = names.indexOf(name);
      return index < 0 ? missingStruct(name) : entryAt(slice, name, index);
    });
  });

/**
 * One table struct's entry, found by scanning the table slices in order and splitting only the
 * slices' names it passes (undefined: not in the table). A start asks for a few names of the first
 * slices; the whole list is built only when every callback id is needed.
 */
const tableEntryOf = (name: string): TableEntry | undefined => {
  for (const { slice, only, except } of tableSlices) {
    if (only !== undefined && !only.includes(name)) continue;
    if (except?.includes(name) === true) continue;
    const names = namesIn(slice);
    const index = names.indexOf(name);
    if (index < 0) {
      if (only !== undefined) missingStruct(name);
      continue;
    }
    return entryAt(slice, name, index);
  }
  return undefined;
};

const missingStruct = (name: string): never => {
  throw new Error(`steamworks-rx: no generated struct named ${name}`);
};

/** One field of a built layout. */
export interface FieldLayout {
  readonly name: string;
  readonly kind: FieldKind;
  readonly offset: number;
  readonly size: number;
  /** For a `bytes` member: the int32 member that says how many of its bytes are data. */
  readonly countedBy?: string;
  /** For a `bytes` member holding a nested struct: its name (read it with that struct's layout). */
  readonly struct?: string;
  /** For a `bytes` member holding an array of scalars: their kind and count. */
  readonly elements?: { readonly kind: ElementKind; readonly count: number };
}

/** A struct's layout on one platform. */
export interface StructLayout {
  readonly name: string;
  readonly callbackId: number | undefined;
  readonly size: number;
  readonly align: number;
  readonly fields: readonly FieldLayout[];
  /** Field by C member name. */
  readonly field: Readonly<Record<string, FieldLayout>>;
}

/** One field of any generated struct as koffi lays it out on one platform (a union: its bytes). */
export interface AbiFieldLayout {
  readonly name: string;
  readonly kind: AbiFieldKind;
  readonly offset: number;
  readonly size: number;
  /** Element count of an array member. */
  readonly length?: number;
  /** For `struct`: the nested struct's name. */
  readonly struct?: string;
}

/** Any generated struct as koffi lays it out on one platform; the table's {@link StructLayout}s are the ones the decoders read. */
export interface AbiStructLayout {
  readonly name: string;
  readonly callbackId: number | undefined;
  readonly size: number;
  readonly align: number;
  readonly fields: readonly AbiFieldLayout[];
  /** Field by C member name. */
  readonly field: Readonly<Record<string, AbiFieldLayout>>;
}

/** The layout builder (koffi types and layouts), required on the first layout built. */
type Builder = typeof import('./struct-layout-builder');
const builder = (): Builder => require('./struct-layout-builder') as Builder;

/**
 * The koffi type a layout was measured with, untyped here so this module's declarations stay
 * koffi-free (StructLayout reaches the public declarations through the simulated Steam, and a
 * koffi type there would make every consumer's type check load koffi's declarations). The native
 * core asks for it through koffi-struct-type.ts.
 */
export const measuredStructType = (layout: StructLayout | AbiStructLayout): unknown => builder().measuredStructType(layout);

/**
 * Layouts of any generated structs on one platform, built lazily, once per name: for tests and for
 * slices whose structs are not (yet) in the decoders' table. `structs` must hold every struct a
 * requested one nests. One builder per list and platform, so the modules that read the same
 * generated list (the networking ones share networkingTypesStructs) build each koffi type once.
 */
export const abiLayoutsFor = (structs: readonly AbiStruct[], platform: Platform): ((name: string) => AbiStructLayout) =>
  builder().abiLayoutsFor(structs, platform);

/**
 * Decoder layouts (struct-bytes' field kinds) of any generated structs on one platform, built
 * lazily: for tests and for checking a slice's structs before they join the table. `structs` must
 * hold every struct a requested one nests.
 */
export const decoderLayoutsFor = (structs: readonly AbiStruct[], platform: Platform): ((name: string) => StructLayout) =>
  builder().decoderLayoutsFor(structs, platform);

/**
 * All layouts of one platform, by struct name and by callback id. Each layout (and its koffi
 * type) is built the first time it is read, so a start that needs three layouts builds three,
 * however many slices the table holds: `byName`'s properties are getters, `byCallbackId` builds
 * every layout on its first read, `callbackLayout` and `callbackIdOfStruct` build one or none.
 */
export interface LayoutTable {
  readonly platform: Platform;
  readonly byName: Readonly<Record<string, StructLayout>>;
  readonly byCallbackId: ReadonlyMap<number, StructLayout>;
  /** The layout of the callback struct with this id (built on first use); undefined for an id not in the table. */
  readonly callbackLayout: (callbackId: number) => StructLayout | undefined;
  /** A table struct's k_iCallback (undefined: not a callback struct), read without building its layout; undefined for a name not in the table too. */
  readonly structCallbackId: (name: string) => number | undefined;
  /** Whether the table holds a struct of this name. */
  readonly hasStruct: (name: string) => boolean;
}

const buildTable = (platform: Platform): LayoutTable => {
  // The builder (and each slice's declarations) is required when the first layout is built.
  let build: ((name: string) => StructLayout) | undefined;
  const built = new Map<string, StructLayout>();
  const layoutNamed = (name: string): StructLayout => {
    const existing = built.get(name);
    if (existing !== undefined) return existing;
    const layout = (build ??= builder().tableLayoutsFor(platform))(name);
    built.set(name, layout);
    return layout;
  };
  // The whole list, built on the first read of byName or of a callback id: a start asks a few
  // names for their ids (entryNamed), which splits only the slices it scans.
  let entries: readonly TableEntry[] | undefined;
  const allEntries = (): readonly TableEntry[] => (entries ??= tableEntries());
  const looked = new Map<string, TableEntry | null>();
  const entryNamed = (name: string): TableEntry | undefined => {
    let entry = looked.get(name);
    if (entry === undefined) {
      entry = tableEntryOf(name) ?? null;
      looked.set(name, entry);
    }
    return entry ?? undefined;
  };
  // Its getters are defined on its first read: a start reads ids and names, not byName.
  let byName: Record<string, StructLayout> | undefined;
  const byNameTable = (): Record<string, StructLayout> => {
    if (byName !== undefined) return byName;
    const table: Record<string, StructLayout> = {};
    for (const { name } of allEntries()) Object.defineProperty(table, name, { enumerable: true, get: () => layoutNamed(name) });
    byName = table;
    return table;
  };
  // Each callback id's first struct in table order wins. 1108 is UserStatsUnloaded_t here: the game
  // server's GSStatsUnloaded_t has the same size and member, and the routers, one per pipe, route
  // each by its own struct name.
  let callbackStructs: Map<number, string> | undefined;
  const callbackStructNames = (): ReadonlyMap<number, string> => {
    if (callbackStructs !== undefined) return callbackStructs;
    callbackStructs = new Map();
    for (const entry of allEntries()) if (entry.callbackId !== undefined && !callbackStructs.has(entry.callbackId)) callbackStructs.set(entry.callbackId, entry.name);
    return callbackStructs;
  };
  let byCallbackId: ReadonlyMap<number, StructLayout> | undefined;
  return {
    platform,
    get byName() {
      return byNameTable();
    },
    get byCallbackId() {
      byCallbackId ??= new Map([...callbackStructNames()].map(([callbackId, name]) => [callbackId, layoutNamed(name)] as const));
      return byCallbackId;
    },
    callbackLayout: (callbackId) => {
      const name = callbackStructNames().get(callbackId);
      return name === undefined ? undefined : layoutNamed(name);
    },
    structCallbackId: (name) => entryNamed(name)?.callbackId,
    hasStruct: (name) => entryNamed(name) !== undefined,
  };
};

const tables = new Map<Platform, LayoutTable>();

/** The layout table of a platform, built once. */
export const layoutsFor = (platform: Platform): LayoutTable => {
  const existing = tables.get(platform);
  if (existing !== undefined) return existing;
  const built = buildTable(platform);
  tables.set(platform, built);
  return built;
};

/** Windows uses pack 8; Linux, macOS and FreeBSD pack 4. */
export const hostPlatform = (): Platform => (process.platform === 'win32' ? 'win64' : 'linux64');

/** Looks a struct up by name; a missing name is a programming error in this package. */
export const layoutOf = (table: LayoutTable, name: string): StructLayout => {
  const layout = table.byName[name];
  if (layout === undefined) throw new Error(`steamworks-rx: no struct layout named ${name}`);
  return layout;
};

/** A layout's member by C name; a missing one is a programming error in this package. */
export const memberOf = <Field>(layout: { readonly name: string; readonly field: Readonly<Record<string, Field>> }, member: string): Field => {
  const found = layout.field[member];
  if (found === undefined) throw new Error(`steamworks-rx: ${layout.name} has no member ${member}`);
  return found;
};
