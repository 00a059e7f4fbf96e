/**
 * Builds koffi struct types and layouts from the generated declarations (see struct-layouts.ts,
 * which re-exports what is public here): required on the first layout a program actually builds
 * (its first drained callback, GetPublicIP's struct result, a decoder), so a start that only asks
 * the table for names and callback ids compiles none of this.
 */
import koffi, { type TypeObject } from 'koffi';
import type { AbiField, AbiFieldKind, AbiStruct, AbiUnionMember } from './generated/abi-types';
import { sliceStructNames, type GeneratedSlice } from './generated/catalog';
import type { Platform } from './steam-core';
import type { AbiFieldLayout, AbiStructLayout, ElementKind, FieldLayout, StructLayout } from './struct-layouts';

type KoffiTypeSpec = Parameters<typeof koffi.sizeof>[0];
/** A struct member: a type, or [alignment, type] to override its alignment. */
type KoffiMember = KoffiTypeSpec | [number, KoffiTypeSpec];

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
    (Object.keys(sliceDeclarations) as GeneratedSlice[]).flatMap((slice) => sliceStructNames(slice).map((struct) => [struct, slice] as const)),
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
 * The table's layouts of one platform, each built once: a struct's declaration comes from its
 * slice (required on first use), nested ones too (SteamNetworkingIdentity's union holds a
 * SteamNetworkingIPAddr).
 */
export const tableLayoutsFor = (platform: Platform): ((name: string) => StructLayout) => {
  const build = layoutBuilder(declarationOf, platform);
  return (name) => tableLayout(build(name));
};
