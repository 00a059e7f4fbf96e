/**
 * Every Steamworks struct the SDK reads or writes, from the generated ABI data.
 *
 * The declarations are generated (native/generated/, written by scripts/generate-abi.ts from the
 * measured ABI JSON in abi/). From them we build koffi struct types for both callback packings
 * (pack 4 on Linux/macOS, pack 8 on Windows: koffi can build either on any host) and a plain
 * layout table (offsets and sizes, as koffi computes them) that the decoders in `streams/` and
 * the simulated core's encoder use, so a callback from Valve's library and one from the
 * simulated core go through the same bytes. test/native/struct-layouts.test.ts and
 * test/native/generated-structs.test.ts hold koffi's numbers to the measured ones.
 */
import koffi, { type TypeObject } from 'koffi';
import type { AbiField, AbiFieldKind, AbiStruct, AbiUnionMember } from './generated/abi-types';
import { sliceStructNames, structsBySlice, type GeneratedSlice } from './generated/catalog';
import type { Platform } from './steam-core';

type KoffiTypeSpec = Parameters<typeof koffi.sizeof>[0];
/** A struct member: a type, or [alignment, type] to override its alignment. */
type KoffiMember = KoffiTypeSpec | [number, KoffiTypeSpec];

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

const elementKinds: ReadonlySet<AbiFieldKind> = new Set<ElementKind>([
  'bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float', 'double', 'steamId', 'gameId', 'pointer',
]);

const isElementKind = (kind: AbiFieldKind): kind is ElementKind => elementKinds.has(kind);

/**
 * Each generated slice's struct declarations (its <slice>-structs.ts), required the first time one
 * of its structs is built (nested ones too): a start that builds no layout compiles none of them,
 * and one that builds three compiles only their slices.
 */
const sliceDeclarations: Readonly<Partial<Record<GeneratedSlice, () => readonly AbiStruct[]>>> = {
  core: () => (require('./generated/core-structs') as typeof import('./generated/core-structs')).coreStructs,
  user: () => (require('./generated/user-structs') as typeof import('./generated/user-structs')).userStructs,
  utils: () => (require('./generated/utils-structs') as typeof import('./generated/utils-structs')).utilsStructs,
  'networking-types': () => (require('./generated/networking-types-structs') as typeof import('./generated/networking-types-structs')).networkingTypesStructs,
  'game-server': () => (require('./generated/game-server-structs') as typeof import('./generated/game-server-structs')).gameServerStructs,
  apps: () => (require('./generated/apps-structs') as typeof import('./generated/apps-structs')).appsStructs,
  friends: () => (require('./generated/friends-structs') as typeof import('./generated/friends-structs')).friendsStructs,
  'user-stats': () => (require('./generated/user-stats-structs') as typeof import('./generated/user-stats-structs')).userStatsStructs,
  'game-server-stats': () => (require('./generated/game-server-stats-structs') as typeof import('./generated/game-server-stats-structs')).gameServerStatsStructs,
  'networking-messages': () => (require('./generated/networking-messages-structs') as typeof import('./generated/networking-messages-structs')).networkingMessagesStructs,
  'networking-utils': () => (require('./generated/networking-utils-structs') as typeof import('./generated/networking-utils-structs')).networkingUtilsStructs,
  'networking-sockets': () => (require('./generated/networking-sockets-structs') as typeof import('./generated/networking-sockets-structs')).networkingSocketsStructs,
};

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

/** Each slice's struct names, split from the catalog once. */
const structNames = new Map<GeneratedSlice, readonly string[]>();
const namesIn = (slice: GeneratedSlice): readonly string[] => {
  let names = structNames.get(slice);
  if (names === undefined) {
    names = sliceStructNames(slice);
    structNames.set(slice, names);
  }
  return names;
};

/** The table's structs, in table order, from the catalog (no slice is required). */
const tableEntries = (): readonly TableEntry[] =>
  tableSlices.flatMap(({ slice, only, except }) => {
    const names = namesIn(slice);
    const callbackIds = structsBySlice[slice][1];
    const chosen = only ?? names.filter((name) => !(except ?? []).includes(name));
    return chosen.map((name): TableEntry => {
      const index = names.indexOf(name);
      if (index < 0) return missingStruct(name);
      // The catalog writes 0 for a struct that is not a callback.
      return { name, slice, callbackId: callbackIds[index] || undefined };
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
    // The catalog writes 0 for a struct that is not a callback.
    return { name, slice, callbackId: structsBySlice[slice][1][index] || undefined };
  }
  return undefined;
};

/** Where each struct of a slice with declarations is (built once, from the catalog). */
let structSlices: ReadonlyMap<string, GeneratedSlice> | undefined;
/** Each required slice's declarations by name. */
const requiredSlices = new Map<GeneratedSlice, ReadonlyMap<string, AbiStruct>>();

/**
 * A generated struct's declaration, requiring its slice's module on first use. Only slices the table
 * reads (and the ones that nest into them) can be looked up.
 */
const declarationOf = (name: string): AbiStruct | undefined => {
  structSlices ??= new Map(
    (Object.keys(sliceDeclarations) as GeneratedSlice[]).flatMap((slice) => namesIn(slice).map((struct) => [struct, slice] as const)),
  );
  const slice = structSlices.get(name);
  if (slice === undefined) return undefined;
  let declared = requiredSlices.get(slice);
  if (declared === undefined) {
    const declarations = sliceDeclarations[slice];
    if (declarations === undefined) return undefined;
    declared = new Map(declarations().map((struct) => [struct.name, struct] as const));
    requiredSlices.set(slice, declared);
  }
  return declared.get(name);
};

/**
 * Which int32 member counts the data in a byte array (the rest Steam need not write). Semantics,
 * not layout, so the measured JSON does not carry it: it is declared here.
 */
const countedBy: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  GetTicketForWebApiResponse_t: { m_rgubTicket: 'm_cubTicket' },
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

/**
 * Each layout's koffi type, kept beside the layout rather than in it: StructLayout reaches the
 * public declarations (through the simulated Steam), and a koffi type there would make every
 * consumer's type check load koffi's declarations (which fails under `module: node16` CommonJS).
 * The native core asks for it through koffi-struct-type.ts.
 */
const koffiTypes = new WeakMap<StructLayout | AbiStructLayout, TypeObject>();

/** The koffi type a layout was measured with, untyped here so this module's declarations stay koffi-free. */
export const measuredStructType = (layout: StructLayout | AbiStructLayout): unknown => koffiTypes.get(layout);

/** Empty C++ structs have sizeof 1; koffi needs a member, so they get this one, left out of the table. */
const EMPTY_STRUCT_FILLER = '__empty';

/** The koffi type of one element of a member of `kind`. */
const elementType = (kind: AbiFieldKind, nested: string | undefined, structType: (name: string) => TypeObject): KoffiTypeSpec => {
  switch (kind) {
    case 'bool':
    case 'uint8':
    case 'chars':
    case 'bytes':
      return 'uint8_t';
    case 'int8':
      return 'int8_t';
    case 'int16':
      return 'int16_t';
    case 'uint16':
      return 'uint16_t';
    case 'int32':
      return 'int32_t';
    case 'uint32':
      return 'uint32_t';
    case 'int64':
      return 'int64_t';
    case 'uint64':
      return 'uint64_t';
    case 'float':
      return 'float';
    case 'double':
      return 'double';
    case 'pointer':
      return 'void *';
    case 'steamId':
    case 'gameId':
      // CSteamID / CGameID: 8 bytes declared under pack(1), so alignment 1 wherever they sit.
      return koffi.array('uint8_t', 8);
    case 'struct':
      return structType(nested ?? missingStruct('(unnamed nested struct)'));
  }
};

const memberType = (member: AbiField | AbiUnionMember, structType: (name: string) => TypeObject): KoffiTypeSpec => {
  const element = elementType(member.kind, member.struct, structType);
  return member.length === undefined ? element : koffi.array(element, member.length);
};

/** A lookup of the structs of a list. */
const inList = (structs: readonly AbiStruct[]): ((name: string) => AbiStruct | undefined) => {
  const declared = new Map(structs.map((struct) => [struct.name, struct] as const));
  return (name) => declared.get(name);
};

/**
 * Builds koffi types and layouts of generated structs on one platform, each once; nested structs
 * are looked up the same way. Members take their natural alignment capped by the struct's
 * pack (4 for linux64 callback structs, 8 for win64 ones, 1 for pack(1) types, none for natural
 * alignment); a union, kept as its bytes, takes the largest alignment of its members, capped the
 * same way. Nothing here is a measured number: koffi computes the offsets, which the tests hold
 * to the measured ones.
 */
const layoutBuilder = (declarationOf: (name: string) => AbiStruct | undefined, platform: Platform): ((name: string) => AbiStructLayout) => {
  const built = new Map<string, AbiStructLayout>();
  const structType = (name: string): TypeObject => koffiTypes.get(build(name)) ?? missingStruct(name);
  const build = (name: string): AbiStructLayout => {
    const existing = built.get(name);
    if (existing !== undefined) return existing;
    const struct = declarationOf(name) ?? missingStruct(name);
    const pack = struct[platform].pack;
    const capped = (natural: number): number => (pack === null ? natural : Math.min(natural, pack));
    const members: Record<string, KoffiMember> = {};
    const sizes = new Map<string, number>();
    for (const field of struct.fields) {
      const type = memberType(field, structType);
      const natural = field.union === undefined ? koffi.alignof(type) : Math.max(...field.union.map((member) => koffi.alignof(memberType(member, structType))));
      const align = capped(natural);
      members[field.name] = align === koffi.alignof(type) ? type : [align, type];
      sizes.set(field.name, koffi.sizeof(type));
    }
    if (struct.fields.length === 0) members[EMPTY_STRUCT_FILLER] = 'uint8_t';
    const koffiType = koffi.struct(members);
    const fields = struct.fields.map((field): AbiFieldLayout => {
      const placed = { name: field.name, kind: field.kind, offset: koffi.offsetof(koffiType, field.name), size: sizes.get(field.name) ?? 0 };
      const withLength = field.length === undefined ? placed : { ...placed, length: field.length };
      return field.struct === undefined ? withLength : { ...withLength, struct: field.struct };
    });
    const layout: AbiStructLayout = {
      name: struct.name,
      callbackId: struct.callbackId,
      size: koffi.sizeof(koffiType),
      align: koffi.alignof(koffiType),
      fields,
      field: Object.fromEntries(fields.map((field) => [field.name, field])),
    };
    koffiTypes.set(layout, koffiType);
    built.set(name, layout);
    return layout;
  };
  return build;
};

const abiBuilders = new WeakMap<readonly AbiStruct[], Map<Platform, (name: string) => AbiStructLayout>>();

/**
 * Layouts of any generated structs on one platform, built lazily, once per name: for tests and for
 * slices whose structs are not (yet) in the decoders' table. `structs` must hold every struct a
 * requested one nests. One builder per list and platform, so the modules that read the same
 * generated list (the networking ones share networkingTypesStructs) build each koffi type once.
 */
export const abiLayoutsFor = (structs: readonly AbiStruct[], platform: Platform): ((name: string) => AbiStructLayout) => {
  let byPlatform = abiBuilders.get(structs);
  if (byPlatform === undefined) {
    byPlatform = new Map();
    abiBuilders.set(structs, byPlatform);
  }
  let build = byPlatform.get(platform);
  if (build === undefined) {
    build = layoutBuilder(inList(structs), platform);
    byPlatform.set(platform, build);
  }
  return build;
};

/** A table layout: the generated layout in the decoders' field kinds (struct-bytes reads these). */
const tableLayout = (built: AbiStructLayout): StructLayout => {
  const counted = countedBy[built.name] ?? {};
  const fields = built.fields.map((field): FieldLayout => {
    const { kind } = field;
    const counter = counted[field.name];
    const withCounter = <T extends FieldLayout>(placed: T): FieldLayout => (counter === undefined ? placed : { ...placed, countedBy: counter });
    const at = { name: field.name, offset: field.offset, size: field.size };
    if (kind === 'struct') {
      if (field.length !== undefined || field.struct === undefined) {
        throw new Error(`steamworks-rx: ${built.name}.${field.name} (an array of structs) has no decoder field kind`);
      }
      return withCounter({ ...at, kind: 'bytes', struct: field.struct });
    }
    if (field.length === undefined || kind === 'chars' || kind === 'bytes') return withCounter({ ...at, kind });
    if (!isElementKind(kind)) throw new Error(`steamworks-rx: ${built.name}.${field.name} (${kind}[${field.length}]) has no decoder field kind`);
    return withCounter({ ...at, kind: 'bytes', elements: { kind, count: field.length } });
  });
  const layout: StructLayout = {
    name: built.name,
    callbackId: built.callbackId,
    size: built.size,
    align: built.align,
    fields,
    field: Object.fromEntries(fields.map((member) => [member.name, member])),
  };
  const koffiType = koffiTypes.get(built);
  if (koffiType !== undefined) koffiTypes.set(layout, koffiType);
  return layout;
};

/**
 * Decoder layouts (struct-bytes' field kinds) of any generated structs on one platform, built
 * lazily: for tests and for checking a slice's structs before they join the table. `structs` must
 * hold every struct a requested one nests.
 */
export const decoderLayoutsFor = (structs: readonly AbiStruct[], platform: Platform): ((name: string) => StructLayout) => {
  const build = layoutBuilder(inList(structs), platform);
  return (name) => tableLayout(build(name));
};

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
  // Nested types (SteamNetworkingIdentity's union holds a SteamNetworkingIPAddr) come from the
  // slices too: each is required when a layout that needs it is first built.
  const build = layoutBuilder(declarationOf, platform);
  const built = new Map<string, StructLayout>();
  const layoutNamed = (name: string): StructLayout => {
    const existing = built.get(name);
    if (existing !== undefined) return existing;
    const layout = tableLayout(build(name));
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
