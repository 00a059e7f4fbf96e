/**
 * Generates the lowest layer of the SDK from the measured ABI JSON in abi/: for every Steam
 * interface, one file in native/generated/ with its flat function declarations (koffi classic
 * syntax, and a typed TypeScript interface with Valve's parameter names), the layouts of its
 * structs on both packings (linux64: callback structs under pack 4; win64: pack 8) and its enums.
 *
 *   node -r ./scripts/register-typescript.js scripts/generate-abi.ts           writes the files
 *   node -r ./scripts/register-typescript.js scripts/generate-abi.ts --check   exits 1 when they differ
 *
 * test/native/generated-files.test.ts runs {@link generateAbi} in memory and fails when a file on
 * disk differs, so the files cannot drift from the JSON or from this script.
 *
 * Every ABI number comes from the JSON. This script maps C types to koffi and TypeScript types and
 * throws on any type, header or shape it does not know, so a new SDK cannot be read half-way.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------
// The JSON, as far as this script reads it (see abi/ and ../shared/ABI-MORE.md for the schema).
// ---------------------------------------------------------------------------------------------

interface JsonField {
  readonly name: string;
  readonly type: string;
  readonly offset: number;
  readonly size: number;
  readonly canonicalType?: string;
}

interface JsonPlatformLayout {
  readonly pack?: number | null;
  readonly size: number;
  readonly align: number;
  readonly fields: readonly JsonField[];
}

interface JsonUnion {
  readonly name: string | null;
  readonly offset: number;
  readonly size: number;
  readonly align: number;
  readonly members: readonly string[];
}

interface JsonStruct {
  readonly name: string;
  readonly header: string;
  readonly callbackId: number | null;
  readonly linux64: JsonPlatformLayout;
  readonly win64: JsonPlatformLayout;
  readonly unions?: readonly JsonUnion[];
}

interface JsonParam {
  readonly name: string;
  readonly type: string;
  readonly directionSource?: string;
  readonly cppInterfaceObject?: boolean;
  readonly functionPointer?: string;
}

interface JsonFunction {
  readonly name: string;
  readonly returns: string;
  readonly params: readonly JsonParam[];
  readonly exportedByValveLinuxLib: boolean;
  readonly exportedByValveWin64Dll: boolean;
  readonly kind: string;
  readonly group: string;
  readonly listedUnder?: readonly string[];
  readonly returnsCanonical: string;
  readonly paramsCanonical: readonly string[];
  readonly paramsCanonicalWin64?: readonly string[];
  readonly callResult?: string;
}

interface JsonEnumMeta {
  readonly declaredIn: string;
  readonly sizeBytes: number;
  readonly msvcValues?: Readonly<Record<string, number>>;
}

interface JsonTypeInfo {
  readonly cType: string;
  readonly canonical?: string;
}

interface JsonInterface {
  readonly version: string;
  readonly responseObjectFunctions?: readonly string[];
}

interface JsonByValueReturn {
  readonly struct: string;
  readonly linux64Convention: string;
  readonly win64Convention: string;
}

interface JsonAbi {
  readonly sdkVersion: string;
  readonly structs: readonly JsonStruct[];
  readonly functions: readonly JsonFunction[];
  readonly enums: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly enumMeta: Readonly<Record<string, JsonEnumMeta>>;
  readonly types: Readonly<Record<string, JsonTypeInfo>>;
  readonly interfaceVersions?: Readonly<Record<string, unknown>>;
  readonly interfaces?: Readonly<Record<string, JsonInterface>>;
  readonly byValueStructReturns?: Readonly<Record<string, JsonByValueReturn>>;
}

/** The input files, relative to the repository root, in the order they are read. */
export const abiInputs = ['abi/steamworks-abi-1.60.json', 'abi/steamworks-abi-1.60-more.json'] as const;

/** Where the files are written, relative to the repository root. */
export const generatedDirectory = 'native/generated';

const repositoryRoot = path.join(__dirname, '..');

const fail = (message: string): never => {
  throw new Error(`generate-abi: ${message}`);
};

const readAbi = (root: string, file: string): JsonAbi => {
  const parsed: unknown = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) return fail(`${file} is not a JSON object`);
  for (const key of ['structs', 'functions', 'enums', 'enumMeta', 'types']) {
    if (!(key in parsed)) fail(`${file} has no "${key}"`);
  }
  // The keys this script reads were checked above; their shapes are checked where they are read.
  return parsed as JsonAbi;
};

// ---------------------------------------------------------------------------------------------
// Slices: one generated file per interface (the architecture's vertical slice), chosen by the
// header a struct or enum is declared in and by the group / interface a function is listed under.
// ---------------------------------------------------------------------------------------------

interface Slice {
  /** File name without .ts; the prefix of its exports (`game-server` → `gameServerFunctions`). */
  readonly file: string;
  /** The Steam interfaces whose methods and accessors live here. */
  readonly interfaces: readonly string[];
  /** The SDK headers whose structs and enums live here. */
  readonly headers: readonly string[];
  /** What the slice holds, for its file comment. */
  readonly about: string;
  /** What its functions are the functions of, for their TSDoc (the interface name, mostly). */
  readonly title?: string;
}

const slices: readonly Slice[] = [
  {
    file: 'core',
    interfaces: [],
    headers: ['steam_api.h', 'steam_api_common.h', 'steam_api_internal.h', 'steamclientpublic.h', 'steamtypes.h', 'steamuniverse.h'],
    about: 'The core: init and shutdown, pipes and ManualDispatch, and the types every interface shares (steamclientpublic.h, steamtypes.h)',
    title: 'the core (SteamAPI_*, SteamGameServer_*, SteamInternal_*)',
  },
  { file: 'user', interfaces: ['ISteamUser'], headers: ['isteamuser.h'], about: 'ISteamUser' },
  { file: 'game-server', interfaces: ['ISteamGameServer'], headers: ['isteamgameserver.h', 'steam_gameserver.h'], about: 'ISteamGameServer' },
  { file: 'utils', interfaces: ['ISteamUtils'], headers: ['isteamutils.h'], about: 'ISteamUtils (client and game server)', title: 'ISteamUtils' },
  { file: 'apps', interfaces: ['ISteamApps'], headers: ['isteamapps.h'], about: 'ISteamApps' },
  { file: 'friends', interfaces: ['ISteamFriends'], headers: ['isteamfriends.h'], about: 'ISteamFriends' },
  { file: 'user-stats', interfaces: ['ISteamUserStats'], headers: ['isteamuserstats.h'], about: 'ISteamUserStats' },
  { file: 'game-server-stats', interfaces: ['ISteamGameServerStats'], headers: ['isteamgameserverstats.h'], about: 'ISteamGameServerStats' },
  { file: 'remote-storage', interfaces: ['ISteamRemoteStorage'], headers: ['isteamremotestorage.h'], about: 'ISteamRemoteStorage' },
  { file: 'ugc', interfaces: ['ISteamUGC'], headers: ['isteamugc.h'], about: 'ISteamUGC' },
  { file: 'matchmaking', interfaces: ['ISteamMatchmaking'], headers: ['isteammatchmaking.h'], about: 'ISteamMatchmaking' },
  {
    file: 'matchmaking-servers',
    interfaces: ['ISteamMatchmakingServers'],
    headers: ['matchmakingtypes.h'],
    about: 'ISteamMatchmakingServers and the server-list types of matchmakingtypes.h',
    title: 'ISteamMatchmakingServers (and the helpers of its types)',
  },
  {
    file: 'networking',
    interfaces: ['ISteamNetworking'],
    headers: ['isteamnetworking.h'],
    about: 'ISteamNetworking, the old P2P API (the JSON measures P2PSessionState_t only, none of its functions)',
    title: 'ISteamNetworking',
  },
  { file: 'networking-messages', interfaces: ['ISteamNetworkingMessages'], headers: ['isteamnetworkingmessages.h'], about: 'ISteamNetworkingMessages' },
  {
    file: 'networking-sockets',
    interfaces: ['ISteamNetworkingSockets'],
    headers: ['isteamnetworkingsockets.h', 'steamnetworkingfakeip.h'],
    about: 'ISteamNetworkingSockets (with ISteamNetworkingFakeUDPPort)',
    title: 'ISteamNetworkingSockets and ISteamNetworkingFakeUDPPort',
  },
  { file: 'networking-utils', interfaces: ['ISteamNetworkingUtils'], headers: ['isteamnetworkingutils.h'], about: 'ISteamNetworkingUtils' },
  {
    file: 'networking-types',
    interfaces: [],
    headers: ['steamnetworkingtypes.h'],
    about: 'The types the networking interfaces share (steamnetworkingtypes.h) and their flat helpers',
    title: 'the steamnetworkingtypes.h structs (their flat helpers)',
  },
  { file: 'input', interfaces: ['ISteamInput'], headers: ['isteaminput.h', 'isteamdualsense.h'], about: 'ISteamInput (with the DualSense trigger types)', title: 'ISteamInput' },
  { file: 'screenshots', interfaces: ['ISteamScreenshots'], headers: ['isteamscreenshots.h'], about: 'ISteamScreenshots' },
];

const sliceOfHeader = (header: string, what: string): Slice => {
  // The first file writes nested declarations as "isteamuser.h (nested: IPCFailure_t::EFailureType)".
  const file = header.split(' ')[0] ?? header;
  return slices.find((slice) => slice.headers.includes(file)) ?? fail(`no slice holds header ${file} (${what})`);
};

const sliceOfInterface = (name: string): Slice | undefined => slices.find((slice) => slice.interfaces.includes(name));

const camelCase = (file: string): string => file.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
const pascalCase = (file: string): string => {
  const camel = camelCase(file);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
};

// ---------------------------------------------------------------------------------------------
// Merging the two files: where both describe the same thing their numbers must agree.
// ---------------------------------------------------------------------------------------------

interface Merged {
  readonly sdkVersion: string;
  readonly structs: readonly JsonStruct[];
  readonly functions: readonly JsonFunction[];
  readonly enums: ReadonlyMap<string, Readonly<Record<string, number>>>;
  readonly enumMeta: ReadonlyMap<string, JsonEnumMeta>;
  readonly types: ReadonlyMap<string, JsonTypeInfo>;
  readonly versions: ReadonlyMap<string, string>;
  readonly responseObjectFunctions: ReadonlySet<string>;
  readonly byValueStructReturns: ReadonlyMap<string, JsonByValueReturn>;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const mergeStructs = (files: readonly JsonAbi[]): JsonStruct[] => {
  const byName = new Map<string, JsonStruct>();
  const order: string[] = [];
  for (const file of files) {
    for (const struct of file.structs) {
      const earlier = byName.get(struct.name);
      if (earlier === undefined) {
        order.push(struct.name);
        byName.set(struct.name, struct);
        continue;
      }
      // Same size, alignment and offsets of every member both name; the later file (which also
      // describes unions and packing) is kept.
      for (const platform of ['linux64', 'win64'] as const) {
        const a = earlier[platform];
        const b = struct[platform];
        if (a.size !== b.size || a.align !== b.align) fail(`${struct.name} (${platform}): the two files disagree on size or alignment`);
        for (const field of a.fields) {
          const twin = b.fields.find((other) => other.name === field.name);
          if (twin !== undefined && (twin.offset !== field.offset || twin.size !== field.size)) {
            fail(`${struct.name}.${field.name} (${platform}): the two files disagree`);
          }
        }
      }
      if (earlier.callbackId !== struct.callbackId) fail(`${struct.name}: the two files disagree on its callback id`);
      byName.set(struct.name, struct);
    }
  }
  return order.map((name) => byName.get(name) ?? fail(`lost struct ${name}`));
};

const mergeFunctions = (files: readonly JsonAbi[]): JsonFunction[] => {
  const byName = new Map<string, JsonFunction>();
  const order: string[] = [];
  for (const file of files) {
    for (const declared of file.functions) {
      const earlier = byName.get(declared.name);
      if (earlier === undefined) {
        order.push(declared.name);
        byName.set(declared.name, declared);
        continue;
      }
      const signature = (fn: JsonFunction): unknown => [
        fn.returns,
        fn.returnsCanonical,
        fn.params.map((param) => [param.name, param.type]),
        fn.paramsCanonical,
        fn.exportedByValveLinuxLib,
        fn.exportedByValveWin64Dll,
        fn.kind,
      ];
      if (!sameJson(signature(earlier), signature(declared))) fail(`${declared.name}: the two files disagree on its signature or exports`);
      // The later file also says which interface lists it; keep that record at the earlier place.
      byName.set(declared.name, declared);
    }
  }
  return order.map((name) => byName.get(name) ?? fail(`lost function ${name}`));
};

const mergeEnums = (files: readonly JsonAbi[]): Map<string, Readonly<Record<string, number>>> => {
  const merged = new Map<string, Readonly<Record<string, number>>>();
  for (const file of files) {
    for (const [name, members] of Object.entries(file.enums)) {
      const earlier = merged.get(name);
      if (earlier === undefined) {
        merged.set(name, members);
        continue;
      }
      // The first file lists some enums only in part (ESteamNetworkingIdentityType): every member
      // it has must have the same value in the later, fuller list, which is kept.
      for (const [member, value] of Object.entries(earlier)) {
        if (members[member] !== value) fail(`${name}.${member}: the two files disagree`);
      }
      merged.set(name, members);
    }
  }
  return merged;
};

const merge = (files: readonly JsonAbi[]): Merged => {
  const sdkVersion = files[0]?.sdkVersion ?? fail('no input');
  for (const file of files) if (file.sdkVersion !== sdkVersion) fail('the input files are of different SDK versions');
  const enumMeta = new Map<string, JsonEnumMeta>();
  const types = new Map<string, JsonTypeInfo>();
  const versions = new Map<string, string>();
  const responseObjectFunctions = new Set<string>();
  const byValueStructReturns = new Map<string, JsonByValueReturn>();
  for (const file of files) {
    for (const [name, meta] of Object.entries(file.enumMeta)) enumMeta.set(name, meta);
    for (const [name, info] of Object.entries(file.types)) types.set(name, info);
    for (const [name, described] of Object.entries(file.interfaces ?? {})) {
      versions.set(name, described.version);
      for (const fn of described.responseObjectFunctions ?? []) responseObjectFunctions.add(fn);
    }
    for (const [name, returned] of Object.entries(file.byValueStructReturns ?? {})) byValueStructReturns.set(name, returned);
  }
  // The first file names the versions of its three interfaces by macro.
  for (const [macro, iface] of [
    ['STEAMUSER_INTERFACE_VERSION', 'ISteamUser'],
    ['STEAMGAMESERVER_INTERFACE_VERSION', 'ISteamGameServer'],
    ['STEAMUTILS_INTERFACE_VERSION', 'ISteamUtils'],
  ] as const) {
    for (const file of files) {
      const version = file.interfaceVersions?.[macro];
      if (typeof version !== 'string') continue;
      const known = versions.get(iface);
      if (known !== undefined && known !== version) fail(`${iface}: the two files disagree on its version`);
      versions.set(iface, version);
    }
  }
  return {
    sdkVersion,
    structs: mergeStructs(files),
    functions: mergeFunctions(files),
    enums: mergeEnums(files),
    enumMeta,
    types,
    versions,
    responseObjectFunctions,
    byValueStructReturns,
  };
};

// ---------------------------------------------------------------------------------------------
// Struct members: C type → field kind, checked against the measured size.
// ---------------------------------------------------------------------------------------------

type FieldKind =
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
  | 'bytes'
  | 'struct';

/** Scalar C types by every spelling the two files use (canonical names and steamtypes.h typedefs). */
const scalars: ReadonlyMap<string, { readonly kind: FieldKind; readonly size: number }> = new Map([
  ['bool', { kind: 'bool', size: 1 }],
  ['char', { kind: 'int8', size: 1 }],
  ['signed char', { kind: 'int8', size: 1 }],
  ['unsigned char', { kind: 'uint8', size: 1 }],
  ['uint8', { kind: 'uint8', size: 1 }],
  ['uint8_t', { kind: 'uint8', size: 1 }],
  ['short', { kind: 'int16', size: 2 }],
  ['int16', { kind: 'int16', size: 2 }],
  ['unsigned short', { kind: 'uint16', size: 2 }],
  ['uint16', { kind: 'uint16', size: 2 }],
  ['int', { kind: 'int32', size: 4 }],
  ['int32', { kind: 'int32', size: 4 }],
  ['int32_t', { kind: 'int32', size: 4 }],
  ['unsigned int', { kind: 'uint32', size: 4 }],
  ['uint32', { kind: 'uint32', size: 4 }],
  // `long` is 8 bytes in every struct of these files: canonical `long` on linux64 is int64_t, whose
  // win64 canonical spelling is `long long`; the size check below catches any 4-byte `long`.
  ['long', { kind: 'int64', size: 8 }],
  ['long long', { kind: 'int64', size: 8 }],
  ['int64', { kind: 'int64', size: 8 }],
  ['int64_t', { kind: 'int64', size: 8 }],
  ['unsigned long long', { kind: 'uint64', size: 8 }],
  ['uint64', { kind: 'uint64', size: 8 }],
  ['float', { kind: 'float', size: 4 }],
  ['double', { kind: 'double', size: 8 }],
  // CSteamID / CGameID: 8 raw bytes declared under pack(1), alignment 1 (types.CSteamID).
  ['CSteamID', { kind: 'steamId', size: 8 }],
  ['CGameID', { kind: 'gameId', size: 8 }],
]);

/** "uint32 (in anonymous union)" → "uint32": the first file annotates some types in parentheses. */
const withoutNote = (type: string): string => type.replace(/ \([^*]*\)$/, '').trim();

interface ResolvedType {
  readonly kind: FieldKind;
  readonly length?: number;
  readonly struct?: string;
  readonly size: number;
}

interface Resolver {
  readonly merged: Merged;
  readonly structs: ReadonlyMap<string, JsonStruct>;
}

const resolveElement = (resolver: Resolver, spelled: string, platform: 'linux64' | 'win64', seen: readonly string[] = []): ResolvedType => {
  const type = withoutNote(spelled).replace(/^const /, '');
  if (type.includes('(*)') || type.endsWith('*')) return { kind: 'pointer', size: 8 };
  const scalar = scalars.get(type);
  if (scalar !== undefined) return scalar;
  if (resolver.merged.enums.has(type)) {
    const size = resolver.merged.enumMeta.get(type)?.sizeBytes ?? 4;
    if (size !== 4) fail(`enum ${type} is ${size} bytes`);
    // Enums are read as int32, as the flat functions pass them (see the enum notes below).
    return { kind: 'int32', size: 4 };
  }
  const struct = resolver.structs.get(type);
  if (struct !== undefined) return { kind: 'struct', struct: type, size: struct[platform].size };
  const typedef = resolver.merged.types.get(type);
  if (typedef !== undefined && !seen.includes(type)) {
    return resolveElement(resolver, typedef.canonical ?? typedef.cType, platform, [...seen, type]);
  }
  return fail(`no field kind for C type "${spelled}"`);
};

const resolveFieldType = (resolver: Resolver, field: JsonField, platform: 'linux64' | 'win64', where: string): ResolvedType => {
  const spelled = withoutNote(field.canonicalType ?? field.type);
  const array = /^(.*)\[(\d+)\]$/.exec(spelled);
  let resolved: ResolvedType;
  if (array === null) {
    resolved = resolveElement(resolver, spelled, platform);
  } else {
    const element = resolveElement(resolver, array[1] ?? '', platform);
    const length = Number(array[2]);
    // char[N] is a C string, uint8[N] raw bytes: the two array kinds the decoders read today.
    const kind: FieldKind = element.kind === 'int8' ? 'chars' : element.kind === 'uint8' ? 'bytes' : element.kind;
    resolved = element.struct === undefined ? { kind, length, size: element.size * length } : { kind, length, struct: element.struct, size: element.size * length };
  }
  if (resolved.size !== field.size) fail(`${where}: "${field.type}" maps to ${resolved.size} bytes, the JSON measured ${field.size}`);
  return resolved;
};

// ---------------------------------------------------------------------------------------------
// Struct layouts: both platforms, unions kept as their bytes with the members that view them.
// ---------------------------------------------------------------------------------------------

const UNION_MEMBER = ' (union member)';
const ANONYMOUS_UNION_NOTE = '(in anonymous union)';

interface UnionMember {
  readonly name: string;
  readonly type: string;
  readonly resolved: ResolvedType;
}

interface PlatformField {
  readonly name: string;
  readonly type: string;
  readonly resolved: ResolvedType;
  readonly offset: number;
  readonly size: number;
  readonly union?: readonly UnionMember[];
}

const isUnionMember = (field: JsonField): boolean => field.name.endsWith(UNION_MEMBER) || field.type.includes(ANONYMOUS_UNION_NOTE);

/** "m_val.m_int32 (union member)" → union "m_val", member "m_int32"; anonymous members have no union name. */
const splitUnionMemberName = (name: string): { readonly union: string | null; readonly member: string } => {
  const bare = name.replace(UNION_MEMBER, '');
  const dot = bare.indexOf('.');
  return dot === -1 ? { union: null, member: bare } : { union: bare.slice(0, dot), member: bare.slice(dot + 1) };
};

/**
 * The name a union's bytes go by: its own name when it has one; for an anonymous union the name
 * of a uint8 array member spanning all of it (its bytes ARE the union's: SteamIPAddress_t's
 * m_rgubIPv6, SteamNetworkingIPAddr's m_ipv6), else `m_union`.
 */
const unionFieldName = (named: string | null, members: readonly UnionMember[], size: number): string =>
  named ?? members.find((member) => member.resolved.kind === 'bytes' && member.resolved.size === size)?.name ?? 'm_union';

const platformFields = (resolver: Resolver, struct: JsonStruct, platform: 'linux64' | 'win64'): PlatformField[] => {
  const layout = struct[platform];
  const out: PlatformField[] = [];
  const fields = layout.fields;
  for (let index = 0; index < fields.length; ) {
    const field = fields[index] ?? fail('index out of range');
    const where = `${struct.name}.${field.name} (${platform})`;
    if (!isUnionMember(field)) {
      out.push({ name: field.name, type: withoutNote(field.type), resolved: resolveFieldType(resolver, field, platform, where), offset: field.offset, size: field.size });
      index += 1;
      continue;
    }
    // Consecutive members of one union share its offset (and its name, when it has one).
    const { union: named } = splitUnionMemberName(field.name);
    const group: JsonField[] = [];
    while (index < fields.length) {
      const candidate = fields[index] ?? fail('index out of range');
      if (!isUnionMember(candidate) || candidate.offset !== field.offset || splitUnionMemberName(candidate.name).union !== named) break;
      group.push(candidate);
      index += 1;
    }
    const members = group.map((member): UnionMember => ({
      name: splitUnionMemberName(member.name).member,
      type: withoutNote(member.type),
      resolved: resolveFieldType(resolver, member, platform, `${struct.name}.${member.name} (${platform})`),
    }));
    const described = struct.unions?.find((candidate) => candidate.offset === field.offset);
    if (described !== undefined && !sameJson([...described.members].sort(), group.map((member) => member.name).sort())) {
      fail(`${where}: the union's members differ from unions[]`);
    }
    let size: number;
    if (described !== undefined) {
      size = described.size;
    } else {
      // No measured union size (the first file): the largest member is the union's size only
      // when nothing pads it, i.e. in an alignment-1 struct; anything else would be a guess.
      if (layout.align !== 1) fail(`${where}: union without a measured size in a struct of alignment ${layout.align}`);
      size = Math.max(...members.map((member) => member.resolved.size));
    }
    const name = unionFieldName(described?.name ?? named, members, size);
    out.push({ name, type: 'union', resolved: { kind: 'bytes', length: size, size }, offset: field.offset, size, union: members });
  }
  return out;
};

interface StructOutput {
  readonly struct: JsonStruct;
  readonly slice: Slice;
  readonly text: string;
}

const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const resolvedProps = (resolved: ResolvedType): string =>
  `kind: ${quote(resolved.kind)}${resolved.length === undefined ? '' : `, length: ${resolved.length}`}${resolved.struct === undefined ? '' : `, struct: ${quote(resolved.struct)}`}`;

const packText = (pack: number | null | undefined): string => (pack === undefined || pack === null ? 'null' : String(pack));

const structText = (resolver: Resolver, struct: JsonStruct): string => {
  const linux = platformFields(resolver, struct, 'linux64');
  const windows = platformFields(resolver, struct, 'win64');
  if (linux.length !== windows.length) fail(`${struct.name}: the platforms list different members`);
  const lines: string[] = [];
  lines.push('  {');
  lines.push(`    name: ${quote(struct.name)},`);
  lines.push(`    header: ${quote(struct.header)},`);
  if (struct.callbackId !== null) lines.push(`    callbackId: ${struct.callbackId},`);
  for (const platform of ['linux64', 'win64'] as const) {
    const measured = struct[platform];
    lines.push(`    ${platform}: { pack: ${packText(measured.pack)}, size: ${measured.size}, align: ${measured.align} },`);
  }
  if (linux.length === 0) {
    lines.push('    fields: [],');
  } else {
    lines.push('    fields: [');
    linux.forEach((field, index) => {
      const twin = windows[index] ?? fail('index out of range');
      if (twin.name !== field.name || !sameJson(resolvedProps(twin.resolved), resolvedProps(field.resolved)) || twin.type !== field.type) {
        fail(`${struct.name}.${field.name}: the platforms disagree on the member`);
      }
      const placement = `linux64: { offset: ${field.offset}, size: ${field.size} }, win64: { offset: ${twin.offset}, size: ${twin.size} }`;
      if (field.union === undefined) {
        lines.push(`      { name: ${quote(field.name)}, type: ${quote(field.type)}, ${resolvedProps(field.resolved)}, ${placement} },`);
        return;
      }
      const twinMembers = twin.union ?? fail(`${struct.name}.${field.name}: a union on one platform only`);
      lines.push('      {');
      lines.push(`        name: ${quote(field.name)},`);
      lines.push(`        type: 'union',`);
      lines.push(`        ${resolvedProps(field.resolved)},`);
      lines.push(`        ${placement},`);
      lines.push('        union: [');
      field.union.forEach((member, memberIndex) => {
        const other = twinMembers[memberIndex];
        if (other === undefined || other.name !== member.name || !sameJson(other.resolved, member.resolved)) {
          fail(`${struct.name}.${field.name}.${member.name}: the platforms disagree on the union member`);
        }
        lines.push(`          { name: ${quote(member.name)}, type: ${quote(member.type)}, ${resolvedProps(member.resolved)}, size: ${member.resolved.size} },`);
      });
      lines.push('        ],');
      lines.push('      },');
    });
    lines.push('    ],');
  }
  lines.push('  },');
  return lines.join('\n');
};

// ---------------------------------------------------------------------------------------------
// Functions: C type → koffi type (classic syntax) and TypeScript type, with today's conventions.
// ---------------------------------------------------------------------------------------------

interface Mapped {
  readonly koffi: string;
  readonly ts: string;
}

/**
 * `const char *` parameters that carry a list of NUL-terminated strings ended by an empty one
 * (initialization.*.encoding in the first file): koffi's string conversion would stop at the
 * first NUL, so they are byte buffers.
 */
const nulSeparatedListParams: ReadonlySet<string> = new Set(['pszInternalCheckInterfaceVersions']);

/**
 * Structs returned by value that are bound: SteamIPAddress_t (20 bytes, pack(1)), the result of
 * ISteamGameServer::GetPublicIP, bound since the first release and exercised against the fake
 * library and Valve's. The result is declared as `{ struct }` and resolved to the struct's koffi
 * type at bind time. Every other by-value struct return is skipped (see byValueStructReturns).
 */
const boundStructReturns: ReadonlySet<string> = new Set(['SteamIPAddress_t']);

/** Typed arrays koffi passes by reference for a pointer to each scalar. */
const typedArrays: ReadonlyMap<string, Mapped> = new Map([
  ['bool', { koffi: 'bool *', ts: 'Uint8Array' }],
  ['unsigned short', { koffi: 'uint16_t *', ts: 'Uint16Array' }],
  ['int', { koffi: 'int32_t *', ts: 'Int32Array' }],
  ['unsigned int', { koffi: 'uint32_t *', ts: 'Uint32Array' }],
  ['long long', { koffi: 'int64_t *', ts: 'BigInt64Array' }],
  ['unsigned long long', { koffi: 'uint64_t *', ts: 'BigUint64Array' }],
  ['float', { koffi: 'float *', ts: 'Float32Array' }],
  ['double', { koffi: 'double *', ts: 'Float64Array' }],
]);

/** Scalars passed or returned by value. */
const byValue: ReadonlyMap<string, Mapped> = new Map([
  ['void', { koffi: 'void', ts: 'void' }],
  ['bool', { koffi: 'bool', ts: 'boolean' }],
  ['char', { koffi: 'char', ts: 'number' }],
  ['unsigned char', { koffi: 'uint8_t', ts: 'number' }],
  ['short', { koffi: 'int16_t', ts: 'number' }],
  ['unsigned short', { koffi: 'uint16_t', ts: 'number' }],
  ['int', { koffi: 'int32_t', ts: 'number' }],
  ['unsigned int', { koffi: 'uint32_t', ts: 'number' }],
  ['long long', { koffi: 'int64_t', ts: 'bigint' }],
  ['unsigned long long', { koffi: 'uint64_t', ts: 'bigint' }],
  ['float', { koffi: 'float', ts: 'number' }],
  ['double', { koffi: 'double', ts: 'number' }],
]);

const isInterfacePointer = (type: string): boolean => /^ISteam\w+ \*$/.test(type);

/**
 * The canonical type of a parameter: linux64's, unless win64 spells it differently. `long` is 4
 * bytes on win64, so a linux64 `long` must be `long long` on win64 (int64_t, intptr_t, size_t *
 * are: paramsCanonicalWin64) to be one 8-byte type on both.
 */
const portableCanonical = (linux: string, windows: string, where: string): string => {
  if (linux === windows) {
    if (/\blong\b/.test(linux.replace(/long long/g, ''))) fail(`${where}: "${linux}" has a platform-dependent size`);
    return linux;
  }
  const normalised = linux.replace(/\blong\b/g, 'long long').replace(/long long long long/g, 'long long');
  if (normalised !== windows) fail(`${where}: "${linux}" (linux64) and "${windows}" (win64) are different types`);
  return windows;
};

type Skip = { readonly skip: string };
const isSkip = (value: Mapped | Skip): value is Skip => 'skip' in value;

const mapParameter = (merged: Merged, param: JsonParam, canonical: string, index: number, where: string): Mapped | Skip => {
  if (param.functionPointer !== undefined || param.directionSource === 'function pointer' || canonical.includes('(*)(')) {
    return { skip: `takes a function pointer (${param.name}: ${param.type})` };
  }
  if (param.cppInterfaceObject === true) return { skip: `takes a C++ object the caller implements (${param.name}: ${param.type})` };
  // Interface and object pointers (the `self` of every method): koffi 3 pointers, bigint.
  if (isInterfacePointer(canonical)) {
    if (index !== 0) fail(`${where}: interface pointer ${param.name} is not the first parameter`);
    return { koffi: 'void *', ts: 'bigint' };
  }
  // HServerListRequest is a void * handle passed by value (directionSource says so).
  if (param.directionSource?.startsWith('by value (opaque handle') === true) return { koffi: 'void *', ts: 'bigint | null' };
  const scalar = byValue.get(canonical);
  if (scalar !== undefined) return scalar;
  if (merged.enums.has(canonical)) return { koffi: 'int32_t', ts: 'number' };
  const pointee = /^(?:const )?(.+?) ?(?:\*|&)$/.exec(canonical)?.[1];
  if (pointee === undefined) {
    if (/^char \((?:\*|&)\)\[\d+\]$/.test(canonical)) return { koffi: 'void *', ts: 'Uint8Array | null' };
    return fail(`${where}: no koffi type for parameter ${param.name} "${canonical}"`);
  }
  if (canonical === 'const char *') {
    return nulSeparatedListParams.has(param.name) ? { koffi: 'void *', ts: 'Uint8Array | null' } : { koffi: 'const char *', ts: 'string | null' };
  }
  const array = typedArrays.get(pointee);
  if (array !== undefined) return { koffi: array.koffi, ts: `${array.ts} | null` };
  if (merged.enums.has(pointee)) return { koffi: 'int32_t *', ts: 'Int32Array | null' };
  // The library allocates every SteamNetworkingMessage_t (AllocateMessage, Receive*) and the
  // caller releases it through SteamAPI_SteamNetworkingMessage_t_Release: a native address.
  if (pointee === 'SteamNetworkingMessage_t') return { koffi: 'void *', ts: 'bigint' };
  // Buffers, out-strings, structs, C++ references (passedAs: pointer) and pointer arrays: memory
  // the caller provides, a typed array koffi hands to C by reference.
  return { koffi: 'void *', ts: 'Uint8Array | null' };
};

const mapResult = (merged: Merged, fn: JsonFunction): Mapped | Skip | { readonly struct: string; readonly ts: string } => {
  const canonical = fn.returnsCanonical;
  if (isInterfacePointer(canonical)) return { koffi: 'void *', ts: 'bigint | null' };
  if (canonical === 'const char *') return { koffi: 'const char *', ts: 'string | null' };
  if (canonical === 'unsigned long long') return { koffi: 'uint64_t', ts: 'RawUint64' };
  if (canonical === 'long long') return { koffi: 'int64_t', ts: 'RawInt64' };
  const scalar = byValue.get(canonical);
  if (scalar !== undefined) return scalar;
  if (merged.enums.has(canonical)) return { koffi: 'int32_t', ts: 'number' };
  if (canonical.endsWith('*')) return { koffi: 'void *', ts: 'bigint | null' };
  const byValueReturn = merged.byValueStructReturns.get(fn.name);
  if (boundStructReturns.has(canonical)) return { struct: canonical, ts: `${valueTypeName(canonical)}` };
  if (byValueReturn !== undefined) {
    return {
      skip: `returns ${byValueReturn.struct} by value (linux64: ${byValueReturn.linux64Convention}; win64: ${byValueReturn.win64Convention}); not bound until koffi's handling of that return is checked against both libraries`,
    };
  }
  return fail(`${fn.name}: no koffi type for result "${canonical}"`);
};

/** SteamIPAddress_t → SteamIPAddressValue: the object koffi decodes a by-value struct result into. */
const valueTypeName = (struct: string): string => `${struct.replace(/_t$/, '')}Value`;

interface FunctionOutput {
  readonly name: string;
  readonly declaration: string;
  readonly method: string;
}

interface SkippedFunction {
  readonly name: string;
  readonly reason: string;
}

const mapFunction = (merged: Merged, fn: JsonFunction): FunctionOutput | SkippedFunction => {
  if (!fn.exportedByValveLinuxLib && !fn.exportedByValveWin64Dll) {
    return { name: fn.name, reason: `not a symbol of Valve's libraries (${fn.kind})` };
  }
  if (merged.responseObjectFunctions.has(fn.name)) {
    return { name: fn.name, reason: `calls a virtual method of a C++ response object the caller implements (self: ${fn.params[0]?.type ?? '?'})` };
  }
  if (fn.params.length !== fn.paramsCanonical.length) fail(`${fn.name}: params and paramsCanonical differ in length`);
  const result = mapResult(merged, fn);
  if ('skip' in result) return { name: fn.name, reason: result.skip };
  const parameters: { readonly name: string; readonly mapped: Mapped }[] = [];
  for (const [index, param] of fn.params.entries()) {
    const linux = fn.paramsCanonical[index] ?? fail('index out of range');
    const canonical = portableCanonical(linux, fn.paramsCanonicalWin64?.[index] ?? linux, `${fn.name}(${param.name})`);
    const mapped = mapParameter(merged, param, canonical, index, fn.name);
    if (isSkip(mapped)) return { name: fn.name, reason: mapped.skip };
    parameters.push({ name: param.name, mapped });
  }
  const resultSpec = 'struct' in result ? `{ struct: ${quote(result.struct)} }` : quote(result.koffi);
  const declaration =
    `  { name: ${quote(fn.name)}, result: ${resultSpec}, parameters: [${parameters.map((parameter) => quote(parameter.mapped.koffi)).join(', ')}], ` +
    `exportedByValveLinuxLib: ${fn.exportedByValveLinuxLib}, exportedByValveWin64Dll: ${fn.exportedByValveWin64Dll} },`;
  const doc = fn.callResult === undefined ? '' : `  /** Call result: ${fn.callResult}. */\n`;
  const method = `${doc}  ${fn.name}(${parameters.map((parameter) => `${parameter.name}: ${parameter.mapped.ts}`).join(', ')}): ${result.ts};`;
  return { name: fn.name, declaration, method };
};

const sliceOfFunction = (structs: ReadonlyMap<string, JsonStruct>, fn: JsonFunction): Slice => {
  if (fn.group === 'core') return slices.find((slice) => slice.file === 'core') ?? fail('no core slice');
  // Accessors return the interface they give access to.
  if (fn.group === 'accessor') {
    const iface = /^(ISteam\w+) \*$/.exec(fn.returns)?.[1] ?? fail(`accessor ${fn.name} returns ${fn.returns}`);
    return sliceOfInterface(iface) ?? fail(`no slice for ${iface}`);
  }
  const byGroup = sliceOfInterface(fn.group);
  if (byGroup !== undefined) return byGroup;
  // Flat helpers of a measured struct live with the struct (SteamNetworkingIdentity_* in
  // networking-types, servernetadr_t_* in matchmaking-servers).
  const struct = structs.get(fn.group);
  if (struct !== undefined) return sliceOfHeader(struct.header, fn.name);
  const listed = fn.listedUnder ?? [];
  const only = listed.length === 1 ? sliceOfInterface(listed[0] ?? '') : undefined;
  return only ?? fail(`no slice for ${fn.name} (group ${fn.group}, listed under ${listed.join(', ')})`);
};

// ---------------------------------------------------------------------------------------------
// Enums: keyed by the SDK name without its k_E… prefix, as native/enums.ts has always keyed them.
// ---------------------------------------------------------------------------------------------

/**
 * Prefixes the common-prefix rule below would get wrong for names the SDK already uses:
 * EChatSteamIDInstanceFlags keeps its members' `Chat` (k_EChatAccountInstanceMask →
 * ChatAccountInstanceMask), as src/enums and its users have always read them.
 */
const enumPrefixOverrides: ReadonlyMap<string, string> = new Map([['EChatSteamIDInstanceFlags', 'k_E']]);

/** Whether a member name starts a new word at `at` (after an underscore, or a lower-to-upper or letter-to-digit step). */
const startsWord = (name: string, at: number): boolean => {
  const current = name.charAt(at);
  const previous = name.charAt(at - 1);
  if (current === '' || at === 0) return false;
  if (current === '_' || previous === '_') return true;
  if (/[A-Z]/.test(current) && /[a-z0-9]/.test(previous)) return true;
  return /[0-9]/.test(current) && /[a-z]/.test(previous);
};

const commonPrefix = (names: readonly string[]): string => {
  const [first = '', ...rest] = names;
  let length = first.length;
  for (const name of rest) {
    let at = 0;
    while (at < length && name.charAt(at) === first.charAt(at)) at += 1;
    length = at;
  }
  return first.slice(0, length);
};

/**
 * Keys for an enum's members. A member loses `k_<EnumName>` when it starts with it (k_EResultOK
 * → OK, k_ESteamIPTypeIPv4 → IPv4), else the members' common prefix cut back to a word start
 * (k_EDenyInvalid → Invalid, eServerModeInvalid → Invalid, k_EDurationControl_ExitSoon_3h beside
 * k_EDurationControlProgress_Full → ExitSoon_3h and Full). Leading
 * underscores go unless a digit follows (k_EDurationControlNotification_1Hour → _1Hour). The
 * header's one capitalised `K_` member (K_EResultPhoneNumberIsVOIP) is read as `k_`.
 */
const enumKeys = (enumName: string, members: readonly string[]): string[] => {
  const normalised = members.map((member) => (member.startsWith('K_') ? `k_${member.slice(2)}` : member));
  const ownPrefix = `k_${enumName}`;
  let shared = enumPrefixOverrides.get(enumName);
  if (shared === undefined) {
    shared = normalised.length > 1 ? commonPrefix(normalised) : 'k_E';
    let cut = shared.length;
    while (cut > 0 && !normalised.every((member) => startsWord(member, cut))) cut -= 1;
    // A trailing underscore stays with the member, so the rule below can keep it before a digit.
    shared = shared.slice(0, cut).replace(/_+$/, '');
  }
  const keys = normalised.map((member) => {
    const prefix = !enumPrefixOverrides.has(enumName) && member.startsWith(ownPrefix) && member.length > ownPrefix.length ? ownPrefix : shared;
    const rest = member.slice(prefix.length);
    return /^_+[0-9]/.test(rest) ? rest.replace(/^_+/, '_') : rest.replace(/^_+/, '');
  });
  for (const key of keys) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) fail(`${enumName}: member key "${key}" is not an identifier`);
  if (new Set(keys).size !== keys.length) fail(`${enumName}: two members get the same key`);
  return keys;
};

const INT32_MAX = 2 ** 31 - 1;

const enumText = (merged: Merged, enumName: string): string => {
  const members = merged.enums.get(enumName) ?? fail(`no enum ${enumName}`);
  const meta = merged.enumMeta.get(enumName);
  const names = Object.keys(members);
  const keys = enumKeys(enumName, names);
  const notes: string[] = [];
  const lines = names.map((member, index) => {
    let value = members[member] ?? fail('lost value');
    if (value > INT32_MAX) {
      // Enums cross the ABI as int32 (koffi 'int32_t', struct members read as int32), so a value
      // above 2^31 - 1 is written as the int32 it reads as: MSVC's value, which the JSON records
      // in enumMeta.msvcValues (GCC gives such an enum an unsigned underlying type).
      const msvc = meta?.msvcValues?.[member] ?? fail(`${enumName}.${member} = ${value} has no msvcValues entry`);
      if (msvc !== value - 2 ** 32) fail(`${enumName}.${member}: msvcValues ${msvc} is not the int32 of ${value}`);
      notes.push(`${member} is ${value} as GCC's unsigned type reads it; ${msvc} as the int32 the ABI passes.`);
      value = msvc;
    }
    return `  ${keys[index] ?? ''}: ${value},`;
  });
  const declared = meta === undefined ? '' : ` (${meta.declaredIn.split(' ')[0] ?? ''})`;
  const doc = [`/** ${enumName}${declared}: the SDK's values, keyed by name without the k_E… prefix.${notes.length > 0 ? ` ${notes.join(' ')}` : ''} */`];
  return [
    ...doc,
    `export const ${enumName} = {`,
    ...lines,
    '} as const;',
    `/** A value of {@link ${enumName}}. */`,
    `export type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];`,
  ].join('\n');
};

// ---------------------------------------------------------------------------------------------
// Files.
// ---------------------------------------------------------------------------------------------

/** One generated file: its path relative to the repository root and its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

const header = `// Generated by scripts/generate-abi.ts from ${abiInputs.join(' and ')}; do not edit.\n`;

const abiTypesFile = `${header}/**
 * The shapes of the generated ABI data: what every slice file in this folder exports. The types
 * here are plain data, no koffi: native/struct-layouts.ts and native/flat-api.ts turn them into
 * koffi types and bound functions.
 */

/** A uint64 result as koffi returns it: number up to 2^53, bigint above. */
export type RawUint64 = number | bigint;

/** An int64 result as koffi returns it: number within ±2^53, bigint beyond. */
export type RawInt64 = number | bigint;

/** The two measured layouts: linux64 (callback structs under pack 4; macOS and FreeBSD too) and win64 (pack 8). */
export type AbiPlatform = 'linux64' | 'win64';

/**
 * How a struct member's bytes are read. \`chars\` is a char array (a C string), \`bytes\` a uint8
 * array (also how a union is kept: its bytes, with the members that view them); \`steamId\` and
 * \`gameId\` are CSteamID / CGameID, 8 bytes of alignment 1; \`struct\` a nested struct. Enums are
 * \`int32\`, as the flat functions pass them.
 */
export type AbiFieldKind =
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
  | 'bytes'
  | 'struct';

/** Where a member sits on one platform, as measured. */
export interface AbiPlacement {
  readonly offset: number;
  readonly size: number;
}

/** A member of a union, viewing the union's bytes from their start. */
export interface AbiUnionMember {
  readonly name: string;
  /** The header's spelling of its type. */
  readonly type: string;
  readonly kind: AbiFieldKind;
  /** Element count of an array member. */
  readonly length?: number;
  /** For \`struct\`: the nested struct's name. */
  readonly struct?: string;
  readonly size: number;
}

/** A member of a struct on both platforms. */
export interface AbiField {
  readonly name: string;
  /** The header's spelling of its type (\`union\` for a union kept as bytes). */
  readonly type: string;
  readonly kind: AbiFieldKind;
  /** Element count of an array member (\`chars\` and \`bytes\` always have one). */
  readonly length?: number;
  /** For \`struct\`: the nested struct's name. */
  readonly struct?: string;
  /** For a union kept as its bytes: the members that view them. */
  readonly union?: readonly AbiUnionMember[];
  readonly linux64: AbiPlacement;
  readonly win64: AbiPlacement;
}

/** A struct's packing, size and alignment on one platform: pack 4 / 8 for callback structs, 1 for pack(1) types, null for natural alignment. */
export interface AbiStructPlatform {
  readonly pack: number | null;
  readonly size: number;
  readonly align: number;
}

/** A struct measured on both platforms. */
export interface AbiStruct {
  readonly name: string;
  /** The SDK header declaring it. */
  readonly header: string;
  /** k_iCallback, for callbacks and call results. */
  readonly callbackId?: number;
  readonly linux64: AbiStructPlatform;
  readonly win64: AbiStructPlatform;
  readonly fields: readonly AbiField[];
}

/** A koffi type in a declaration: a type name of koffi's classic syntax, or a struct returned by value (its koffi type for the host packing is resolved at bind time). */
export type AbiTypeSpec = string | { readonly struct: string };

/** A flat function for koffi's classic syntax, and which of Valve's libraries export it. */
export interface AbiFunction<Name extends string = string> {
  readonly name: Name;
  readonly result: AbiTypeSpec;
  readonly parameters: readonly string[];
  readonly exportedByValveLinuxLib: boolean;
  readonly exportedByValveWin64Dll: boolean;
}

/** A flat function of the JSON that is not declared, and why. */
export interface AbiSkippedFunction {
  readonly name: string;
  readonly reason: string;
}
`;

interface SliceContent {
  readonly slice: Slice;
  readonly functions: FunctionOutput[];
  readonly skipped: SkippedFunction[];
  readonly structs: StructOutput[];
  readonly enums: string[];
  readonly valueTypes: string[];
}

const valueTypeText = (resolver: Resolver, structName: string): string => {
  const struct = resolver.structs.get(structName) ?? fail(`no struct ${structName}`);
  const fields = platformFields(resolver, struct, 'linux64');
  const tsOf = (resolved: ResolvedType): string => {
    if (resolved.kind === 'bytes') return 'Uint8Array';
    if (['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'float', 'double'].includes(resolved.kind) && resolved.length === undefined) return 'number';
    return fail(`${structName}: no value type for a ${resolved.kind} member`);
  };
  return [
    `/** ${structName} as koffi decodes it when a function returns it by value (union bytes as a Uint8Array). */`,
    `export interface ${valueTypeName(structName)} {`,
    ...fields.map((field) => `  readonly ${field.name}: ${tsOf(field.resolved)};`),
    '}',
  ].join('\n');
};

const sliceFile = (merged: Merged, content: SliceContent, valueTypeHomes: ReadonlyMap<string, string>): string => {
  const { slice } = content;
  const prefix = camelCase(slice.file);
  const typeName = `${pascalCase(slice.file)}FlatApi`;
  const title = slice.title ?? slice.about;
  const versions = slice.interfaces.flatMap((iface) => {
    const version = merged.versions.get(iface);
    return version === undefined ? [] : [version];
  });
  const lines: string[] = [
    header.trimEnd(),
    '/**',
    ` * ${slice.about}${versions.length > 0 ? `, interface version ${versions.join(', ')}` : ''}: flat functions, struct layouts for both packings${
      content.enums.length > 0 ? `, enums (from ${slice.file}-enums.ts)` : ''
    }.`,
  ];
  lines.push(' *');
  if (content.functions.length === 0 && content.skipped.length === 0) {
    lines.push(' * The JSON lists no flat functions here.');
  } else if (content.skipped.length === 0) {
    lines.push(' * Every flat function the JSON lists here is declared.');
  } else {
    lines.push(' * Not declared (also in the skipped list below):');
    for (const skipped of content.skipped) lines.push(` * - ${skipped.name}: ${skipped.reason}`);
  }
  lines.push(' */');
  const usesRaw = (name: string): boolean => content.functions.some((fn) => fn.method.includes(`): ${name};`));
  const typeImports = [
    ...(content.functions.length === 0 ? ['AbiFunction'] : []),
    'AbiSkippedFunction',
    ...(content.structs.length === 0 ? ['AbiStruct'] : []),
    ...(usesRaw('RawInt64') ? ['RawInt64'] : []), ...(usesRaw('RawUint64') ? ['RawUint64'] : [])];
  lines.push(`import type { ${typeImports.join(', ')} } from './abi-types';`);
  const foreignValueTypes = new Map<string, string[]>();
  for (const fn of content.functions) {
    for (const [valueType, home] of valueTypeHomes) {
      if (home !== slice.file && fn.method.includes(`): ${valueType};`)) foreignValueTypes.set(home, [...(foreignValueTypes.get(home) ?? []), valueType]);
    }
  }
  for (const [home, names] of [...foreignValueTypes].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`import type { ${[...new Set(names)].sort().join(', ')} } from './${home}';`);
  }
  lines.push('');
  for (const valueType of content.valueTypes) lines.push(valueType, '');
  if (content.functions.length > 0) {
    lines.push(`/** The flat functions of ${title}, typed; parameter names are Valve's. */`);
    lines.push(`export interface ${typeName} {`);
    for (const fn of content.functions) lines.push(fn.method);
    lines.push('}', '');
    lines.push(
      `// The declarations live in ${slice.file}-functions.ts, which the SDK requires alone when it binds them (not this file's structs).`,
      `export { ${prefix}Functions } from './${slice.file}-functions';`,
      '',
    );
  } else {
    lines.push(`/** ${title} has no flat functions in the JSON. */`);
    lines.push(`export const ${prefix}Functions: readonly AbiFunction[] = [];`, '');
  }
  lines.push(`/** Flat functions of the JSON for ${title} that are not declared, and why. */`);
  if (content.skipped.length === 0) {
    lines.push(`export const ${prefix}Skipped: readonly AbiSkippedFunction[] = [];`, '');
  } else {
    lines.push(`export const ${prefix}Skipped: readonly AbiSkippedFunction[] = [`);
    for (const skipped of content.skipped) lines.push(`  { name: ${quote(skipped.name)}, reason: ${quote(skipped.reason)} },`);
    lines.push('];', '');
  }
  if (content.structs.length === 0) {
    lines.push(`/** The structs declared in ${slice.headers.join(', ')}, measured on both platforms. */`);
    lines.push(`export const ${prefix}Structs: readonly AbiStruct[] = [];`);
  } else {
    lines.push(`// The structs live in ${slice.file}-structs.ts, which the SDK requires alone when it first builds one of their layouts.`);
    lines.push(`export { ${prefix}Structs } from './${slice.file}-structs';`);
  }
  if (content.enums.length > 0) {
    lines.push('', `// The enums live in ${slice.file}-enums.ts, which a module needing only their values imports alone.`);
    lines.push(`export * from './${slice.file}-enums';`);
  }
  return `${lines.join('\n')}\n`;
};

/** <slice>-functions.ts: a slice's flat function declarations alone (what binding them needs, not the slice's structs). */
const functionsFile = (content: SliceContent): string => {
  const prefix = camelCase(content.slice.file);
  const typeName = `${pascalCase(content.slice.file)}FlatApi`;
  const lines: string[] = [
    header.trimEnd(),
    '/**',
    ` * The flat functions of ${content.slice.title ?? content.slice.about} for koffi's classic syntax (re-exported by ${content.slice.file}.ts),`,
    ` * typed by {@link ${typeName}}, in the JSON's (steam_api_flat.h) order.`,
    ' */',
    "import type { AbiFunction } from './abi-types';",
    `import type { ${typeName} } from './${content.slice.file}';`,
    '',
    `export const ${prefix}Functions: readonly AbiFunction<keyof ${typeName}>[] = [`,
  ];
  for (const fn of content.functions) lines.push(fn.declaration);
  lines.push('];');
  return `${lines.join('\n')}\n`;
};

/** <slice>-structs.ts: a slice's struct declarations alone (dense data nothing reads until a layout is built). */
const structsFile = (content: SliceContent): string => {
  const prefix = camelCase(content.slice.file);
  const lines: string[] = [
    header.trimEnd(),
    '/**',
    ` * The structs declared in ${content.slice.headers.join(', ')}, measured on both platforms`,
    ` * (re-exported by ${content.slice.file}.ts).`,
    ' */',
    "import type { AbiStruct } from './abi-types';",
    '',
    `export const ${prefix}Structs: readonly AbiStruct[] = [`,
  ];
  for (const struct of content.structs) lines.push(struct.text);
  lines.push('];');
  return `${lines.join('\n')}\n`;
};

/**
 * Slices whose enums each get a module of their own (<slice>-enum-<Enum>.ts), re-exported by
 * <slice>-enums.ts: core's are many (EResult alone is ~130 members) and a client start reads one
 * of them (ESteamAPIInitResult), which it imports alone.
 */
const enumModuleSlices: ReadonlySet<string> = new Set(['core']);

const enumNameOf = (enumeration: string): string => /export const (\w+) = \{/.exec(enumeration)?.[1] ?? fail('lost enum name');

/** One enum's own module. */
const enumModulePath = (slice: string, enumName: string): string => `${slice}-enum-${enumName}`;

/** <slice>-enums.ts: a slice's enums alone (a few hundred bytes to parse, not the slice's declarations), or re-exports of their own modules. */
const enumsFile = (content: SliceContent): string => {
  const lines: string[] = [
    header.trimEnd(),
    '/**',
    ` * The enums declared in ${content.slice.headers.join(', ')}`,
    ` * (re-exported by ${content.slice.file}.ts), keyed by name without the k_E… prefix.`,
    ...(enumModuleSlices.has(content.slice.file) ? [' * Each is in a module of its own, which a module needing only it imports alone.'] : []),
    ' */',
  ];
  if (enumModuleSlices.has(content.slice.file)) {
    lines.push('');
    for (const enumeration of content.enums) {
      const name = enumNameOf(enumeration);
      lines.push(`export { ${name} } from './${enumModulePath(content.slice.file, name)}';`);
    }
  } else {
    for (const enumeration of content.enums) lines.push('', enumeration);
  }
  return `${lines.join('\n')}\n`;
};

/** The modules of a slice's enums, one each (enumModuleSlices). */
const enumModules = (content: SliceContent): GeneratedFile[] =>
  enumModuleSlices.has(content.slice.file)
    ? content.enums.map((enumeration) => ({
        path: `${generatedDirectory}/${enumModulePath(content.slice.file, enumNameOf(enumeration))}.ts`,
        content: `${header}\n${enumeration}\n`,
      }))
    : [];

const allFile = (contents: readonly SliceContent[]): string => {
  const lines: string[] = [
    header.trimEnd(),
    '/**',
    ' * Every generated slice in one list, for tests and tools. The SDK does not import this file: it',
    ' * imports the slices it binds, so loading it never parses the others.',
    ' */',
    "import type { AbiFunction, AbiSkippedFunction, AbiStruct } from './abi-types';",
  ];
  for (const { slice } of contents) lines.push(`import * as ${camelCase(slice.file)} from './${slice.file}';`);
  lines.push(
    '',
    '/** One generated file: its declarations, what it skipped, its structs and its enums. */',
    'export interface AbiSlice {',
    '  readonly file: string;',
    '  readonly functions: readonly AbiFunction[];',
    '  readonly skipped: readonly AbiSkippedFunction[];',
    '  readonly structs: readonly AbiStruct[];',
    '  readonly enums: Readonly<Record<string, Readonly<Record<string, number>>>>;',
    '}',
    '',
    '/** Every slice, in generation order. */',
    'export const abiSlices: readonly AbiSlice[] = [',
  );
  for (const content of contents) {
    const prefix = camelCase(content.slice.file);
    const enumNames = content.enums.map((text) => /export const (\w+) = \{/.exec(text)?.[1] ?? fail('lost enum name'));
    lines.push('  {');
    lines.push(`    file: ${quote(content.slice.file)},`);
    lines.push(`    functions: ${prefix}.${prefix}Functions,`);
    lines.push(`    skipped: ${prefix}.${prefix}Skipped,`);
    lines.push(`    structs: ${prefix}.${prefix}Structs,`);
    lines.push(enumNames.length === 0 ? '    enums: {},' : `    enums: { ${enumNames.map((name) => `${name}: ${prefix}.${name}`).join(', ')} },`);
    lines.push('  },');
  }
  lines.push('];');
  return `${lines.join('\n')}\n`;
};

/**
 * catalog.ts: what the slices hold, by name only, so the SDK can answer "which slice declares this
 * struct, and is it a callback" and "which symbols must a library export" at start without
 * requiring (parsing) the slices themselves.
 */
const catalogFile = (contents: readonly SliceContent[], firstInputFunctions: ReadonlySet<string>): string => {
  const lines: string[] = [
    header.trimEnd(),
    '/**',
    ' * What the generated slices hold, by name only: every struct with its slice and k_iCallback, and',
    ` * the flat functions of ${abiInputs[0]} (the core, ISteamUser,`,
    ' * ISteamGameServer and the ISteamUtils functions it measures) with their slices. The SDK reads',
    ' * this at start instead of requiring the slices, each of which it requires when it first needs',
    " * that slice's declarations.",
    ' */',
    "import type { AbiFunction } from './abi-types';",
    '',
    '/** A generated slice: its file name in native/generated/, without .ts. */',
    `export type GeneratedSlice = ${contents.map(({ slice }) => quote(slice.file)).join(' | ')};`,
    '',
    '/**',
    " * Each slice's struct names in declaration order and their k_iCallback in the same order, each",
    ' * list one string joined by spaces (0: not a callback struct; no callback has id 0). The SDK',
    ' * reads this form: strings cost a start almost nothing to compile or create, where an array',
    ' * literal of ids is a boilerplate to build. {@link sliceStructRecord} gives a slice as a record.',
    ' */',
    'export const structsBySlice: Readonly<Record<GeneratedSlice, readonly [names: string, callbackIds: string]>> = {',
  ];
  const key = (file: string): string => (/^[a-z]+$/.test(file) ? file : quote(file));
  for (const { slice, structs } of contents) {
    for (const { struct } of structs) {
      if (!/^\S+$/.test(struct.name)) fail(`struct name ${struct.name} cannot be listed in a space-separated catalog`);
      if (struct.callbackId === 0) fail(`${struct.name} has callback id 0, which the catalog reads as "not a callback"`);
    }
    const names = structs.map(({ struct }) => struct.name).join(' ');
    const callbackIds = structs.map(({ struct }) => String(struct.callbackId ?? 0)).join(' ');
    lines.push(`  ${key(slice.file)}: [${quote(names)}, ${quote(callbackIds)}],`);
  }
  lines.push(
    '};',
    '',
    "/** A slice's struct names in declaration order (split from {@link structsBySlice}). */",
    "export const sliceStructNames = (slice: GeneratedSlice): readonly string[] => {",
    '  const names = structsBySlice[slice][0];',
    "  return names === '' ? [] : names.split(' ');",
    '};',
    '',
    "/** A slice's k_iCallback per struct, in declaration order (0: not a callback struct; split from {@link structsBySlice}). */",
    "export const sliceCallbackIds = (slice: GeneratedSlice): readonly number[] => {",
    '  const callbackIds = structsBySlice[slice][1];',
    "  return callbackIds === '' ? [] : callbackIds.split(' ').map(Number);",
    '};',
    '',
    "/** A slice's structs in declaration order, with their k_iCallback (null: not a callback struct), built on each call. */",
    'export const sliceStructRecord = (slice: GeneratedSlice): Readonly<Record<string, number | null>> => {',
    '  const callbackIds = sliceCallbackIds(slice);',
    '  return Object.fromEntries(sliceStructNames(slice).map((name, index) => [name, callbackIds[index] || null]));',
    '};',
    '',
  );
  lines.push(`/** The declared flat functions ${abiInputs[0]} lists, by slice, each in its slice's declaration order (split from one string each). */`);
  lines.push('export const firstInputSymbols = {');
  for (const { slice, functions } of contents) {
    const names = functions.filter((fn) => firstInputFunctions.has(fn.name)).map((fn) => fn.name);
    if (names.length === 0) continue;
    for (const name of names) if (!/^\S+$/.test(name)) fail(`function name ${name} cannot be listed in a space-separated catalog`);
    lines.push(`  ${key(slice.file)}: ${quote(names.join(' '))}.split(' ') as readonly (${names.map(quote).join(' | ')})[],`);
  }
  lines.push('};');
  // The accessors (SteamAPI_SteamUser_v023, …) a session calls at init, declared as their slices
  // declare them, so an init binds them without requiring (compiling) a slice's declarations.
  const accessors = contents.flatMap(({ functions }) =>
    functions.filter((fn) => firstInputFunctions.has(fn.name) && /^SteamAPI_Steam\w+_v\d+$/.test(fn.name)),
  );
  for (const accessor of accessors) {
    if (!accessor.declaration.includes("result: 'void *', parameters: []")) fail(`${accessor.name} is not a parameterless accessor answering a pointer`);
  }
  lines.push(
    '',
    `/** The interface accessors ${abiInputs[0]} lists, declared as in their slices (a session binds its own at init, without its slice's declarations). */`,
    `export const firstInputAccessors: readonly AbiFunction<${accessors.map((fn) => quote(fn.name)).join(' | ')}>[] = [`,
    ...accessors.map((fn) => fn.declaration),
    '];',
  );
  return `${lines.join('\n')}\n`;
};

/** Reads the ABI JSON under `root` and returns every file of native/generated/, in a fixed order. */
export const generateAbi = (root: string = repositoryRoot): readonly GeneratedFile[] => {
  const inputs = abiInputs.map((file) => readAbi(root, file));
  const merged = merge(inputs);
  const firstInputFunctions = new Set((inputs[0]?.functions ?? []).map((fn) => fn.name));
  const structs = new Map(merged.structs.map((struct) => [struct.name, struct] as const));
  const resolver: Resolver = { merged, structs };
  const contents = new Map<string, SliceContent>(
    slices.map((slice) => [slice.file, { slice, functions: [], skipped: [], structs: [], enums: [], valueTypes: [] }] as const),
  );
  const contentOf = (slice: Slice): SliceContent => contents.get(slice.file) ?? fail(`no slice ${slice.file}`);
  for (const struct of merged.structs) {
    contentOf(sliceOfHeader(struct.header, struct.name)).structs.push({ struct, slice: sliceOfHeader(struct.header, struct.name), text: structText(resolver, struct) });
  }
  for (const fn of merged.functions) {
    const mapped = mapFunction(merged, fn);
    const content = contentOf(sliceOfFunction(structs, fn));
    if ('reason' in mapped) content.skipped.push(mapped);
    else content.functions.push(mapped);
  }
  const valueTypeHomes = new Map<string, string>();
  for (const name of boundStructReturns) {
    const struct = structs.get(name) ?? fail(`no struct ${name}`);
    const slice = sliceOfHeader(struct.header, name);
    contentOf(slice).valueTypes.push(valueTypeText(resolver, name));
    valueTypeHomes.set(valueTypeName(name), slice.file);
  }
  for (const enumName of merged.enums.keys()) {
    const meta = merged.enumMeta.get(enumName);
    // ESteamNetworkingIdentityType has no enumMeta in the first file; the second has it.
    const home = meta === undefined ? fail(`enum ${enumName} has no enumMeta (no header)`) : sliceOfHeader(meta.declaredIn, enumName);
    contentOf(home).enums.push(enumText(merged, enumName));
  }
  const ordered = slices.map((slice) => contentOf(slice));
  return [
    { path: `${generatedDirectory}/abi-types.ts`, content: abiTypesFile },
    ...ordered.map((content) => ({ path: `${generatedDirectory}/${content.slice.file}.ts`, content: sliceFile(merged, content, valueTypeHomes) })),
    ...ordered
      .filter((content) => content.functions.length > 0)
      .map((content) => ({ path: `${generatedDirectory}/${content.slice.file}-functions.ts`, content: functionsFile(content) })),
    ...ordered
      .filter((content) => content.structs.length > 0)
      .map((content) => ({ path: `${generatedDirectory}/${content.slice.file}-structs.ts`, content: structsFile(content) })),
    ...ordered
      .filter((content) => content.enums.length > 0)
      .map((content) => ({ path: `${generatedDirectory}/${content.slice.file}-enums.ts`, content: enumsFile(content) })),
    ...ordered.flatMap(enumModules),
    { path: `${generatedDirectory}/all.ts`, content: allFile(ordered) },
    { path: `${generatedDirectory}/catalog.ts`, content: catalogFile(ordered, firstInputFunctions) },
  ];
};

/** Files in native/generated/ that the generator would not write (left over from an older run). */
export const strayGeneratedFiles = (files: readonly GeneratedFile[], root: string = repositoryRoot): string[] => {
  const directory = path.join(root, generatedDirectory);
  if (!existsSync(directory)) return [];
  const wanted = new Set(files.map((file) => path.basename(file.path)));
  return readdirSync(directory)
    .filter((name) => !wanted.has(name))
    .map((name) => `${generatedDirectory}/${name}`)
    .sort();
};

const main = (argv: readonly string[]): number => {
  const files = generateAbi();
  const check = argv.includes('--check');
  const differing = files.filter((file) => {
    const target = path.join(repositoryRoot, file.path);
    return !existsSync(target) || readFileSync(target, 'utf8') !== file.content;
  });
  const stray = strayGeneratedFiles(files);
  if (check) {
    for (const file of [...differing.map((file) => file.path), ...stray]) process.stderr.write(`out of date: ${file}\n`);
    return differing.length + stray.length === 0 ? 0 : 1;
  }
  mkdirSync(path.join(repositoryRoot, generatedDirectory), { recursive: true });
  for (const file of differing) writeFileSync(path.join(repositoryRoot, file.path), file.content);
  for (const file of stray) rmSync(path.join(repositoryRoot, file));
  process.stdout.write(`generate-abi: ${files.length} files, ${differing.length} written, ${stray.length} removed\n`);
  return 0;
};

if (require.main === module) process.exitCode = main(process.argv.slice(2));
