/**
 * Every Steamworks struct the SDK reads or writes, declared once.
 *
 * From one declaration we build koffi struct types for both callback packings (pack 4 on
 * Linux/macOS, pack 8 on Windows: koffi can build either on any host) and a plain layout table
 * (offsets and sizes) that the decoders in `streams/` and the simulated core's encoder use, so a
 * callback from Valve's library and one from the simulated core go through the same bytes.
 */
import koffi, { type TypeObject } from 'koffi';
import type { Platform } from './steam-core';

type KoffiTypeSpec = Parameters<typeof koffi.sizeof>[0];
/** A struct member: a type, or [alignment, type] to override its alignment. */
type KoffiMember = KoffiTypeSpec | [number, KoffiTypeSpec];

/** How a field's bytes are read. `steamId` is a CSteamID: 8 bytes, alignment 1 (declared under pack(1)). */
export type FieldKind =
  | 'bool'
  | 'uint8'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'uint64'
  | 'steamId'
  | 'pointer'
  | 'chars'
  | 'bytes';

interface FieldDeclaration {
  readonly name: string;
  readonly kind: FieldKind;
  /** Element count for `chars` and `bytes`. */
  readonly length?: number;
  /** For `bytes`: the int32 member holding how many of them Steam filled in. */
  readonly countedBy?: string;
}

interface StructDeclaration {
  readonly name: string;
  /** k_iCallback, for callbacks and call results. */
  readonly callbackId?: number;
  readonly fields: readonly FieldDeclaration[];
  /** pack(1) types (CSteamID-like helpers, SteamIPAddress_t, SteamNetworkingIdentity): same on every platform. */
  readonly packed?: boolean;
}

const field = (name: string, kind: FieldKind, length?: number): FieldDeclaration =>
  length === undefined ? { name, kind } : { name, kind, length };

/** A byte array only the first `countedBy` bytes of which are data (the rest Steam need not write). */
const countedBytes = (name: string, length: number, countedBy: string): FieldDeclaration => ({ name, kind: 'bytes', length, countedBy });

/** The callback and call-result structs of ISteamUser, ISteamGameServer and ISteamUtils (SDK 1.60). */
const declarations: readonly StructDeclaration[] = [
  { name: 'SteamServersConnected_t', callbackId: 101, fields: [] },
  { name: 'SteamServerConnectFailure_t', callbackId: 102, fields: [field('m_eResult', 'int32'), field('m_bStillRetrying', 'bool')] },
  { name: 'SteamServersDisconnected_t', callbackId: 103, fields: [field('m_eResult', 'int32')] },
  {
    name: 'ClientGameServerDeny_t',
    callbackId: 113,
    fields: [
      field('m_uAppID', 'uint32'),
      field('m_unGameServerIP', 'uint32'),
      field('m_usGameServerPort', 'uint16'),
      field('m_bSecure', 'uint16'),
      field('m_uReason', 'uint32'),
    ],
  },
  { name: 'IPCFailure_t', callbackId: 117, fields: [field('m_eFailureType', 'uint8')] },
  { name: 'LicensesUpdated_t', callbackId: 125, fields: [] },
  {
    name: 'ValidateAuthTicketResponse_t',
    callbackId: 143,
    fields: [field('m_SteamID', 'steamId'), field('m_eAuthSessionResponse', 'int32'), field('m_OwnerSteamID', 'steamId')],
  },
  {
    name: 'MicroTxnAuthorizationResponse_t',
    callbackId: 152,
    fields: [field('m_unAppID', 'uint32'), field('m_ulOrderID', 'uint64'), field('m_bAuthorized', 'uint8')],
  },
  { name: 'EncryptedAppTicketResponse_t', callbackId: 154, fields: [field('m_eResult', 'int32')] },
  { name: 'GetAuthSessionTicketResponse_t', callbackId: 163, fields: [field('m_hAuthTicket', 'uint32'), field('m_eResult', 'int32')] },
  { name: 'GameWebCallback_t', callbackId: 164, fields: [field('m_szURL', 'chars', 256)] },
  { name: 'StoreAuthURLResponse_t', callbackId: 165, fields: [field('m_szURL', 'chars', 512)] },
  {
    name: 'MarketEligibilityResponse_t',
    callbackId: 166,
    fields: [
      field('m_bAllowed', 'bool'),
      field('m_eNotAllowedReason', 'int32'),
      field('m_rtAllowedAtTime', 'uint32'),
      field('m_cdaySteamGuardRequiredDays', 'int32'),
      field('m_cdayNewDeviceCooldown', 'int32'),
    ],
  },
  {
    name: 'DurationControl_t',
    callbackId: 167,
    fields: [
      field('m_eResult', 'int32'),
      field('m_appid', 'uint32'),
      field('m_bApplicable', 'bool'),
      field('m_csecsLast5h', 'int32'),
      field('m_progress', 'int32'),
      field('m_notification', 'int32'),
      field('m_csecsToday', 'int32'),
      field('m_csecsRemaining', 'int32'),
    ],
  },
  {
    name: 'GetTicketForWebApiResponse_t',
    callbackId: 168,
    fields: [
      field('m_hAuthTicket', 'uint32'),
      field('m_eResult', 'int32'),
      field('m_cubTicket', 'int32'),
      countedBytes('m_rgubTicket', 2560, 'm_cubTicket'),
    ],
  },
  { name: 'GSClientApprove_t', callbackId: 201, fields: [field('m_SteamID', 'steamId'), field('m_OwnerSteamID', 'steamId')] },
  {
    name: 'GSClientDeny_t',
    callbackId: 202,
    fields: [field('m_SteamID', 'steamId'), field('m_eDenyReason', 'int32'), field('m_rgchOptionalText', 'chars', 128)],
  },
  { name: 'GSClientKick_t', callbackId: 203, fields: [field('m_SteamID', 'steamId'), field('m_eDenyReason', 'int32')] },
  {
    name: 'GSClientAchievementStatus_t',
    callbackId: 206,
    fields: [field('m_SteamID', 'uint64'), field('m_pchAchievement', 'chars', 128), field('m_bUnlocked', 'bool')],
  },
  { name: 'GSPolicyResponse_t', callbackId: 115, fields: [field('m_bSecure', 'uint8')] },
  {
    name: 'GSGameplayStats_t',
    callbackId: 207,
    fields: [
      field('m_eResult', 'int32'),
      field('m_nRank', 'int32'),
      field('m_unTotalConnects', 'uint32'),
      field('m_unTotalMinutesPlayed', 'uint32'),
    ],
  },
  {
    name: 'GSClientGroupStatus_t',
    callbackId: 208,
    fields: [
      field('m_SteamIDUser', 'steamId'),
      field('m_SteamIDGroup', 'steamId'),
      field('m_bMember', 'bool'),
      field('m_bOfficer', 'bool'),
    ],
  },
  {
    name: 'GSReputation_t',
    callbackId: 209,
    fields: [
      field('m_eResult', 'int32'),
      field('m_unReputationScore', 'uint32'),
      field('m_bBanned', 'bool'),
      field('m_unBannedIP', 'uint32'),
      field('m_usBannedPort', 'uint16'),
      field('m_ulBannedGameID', 'uint64'),
      field('m_unBanExpires', 'uint32'),
    ],
  },
  { name: 'AssociateWithClanResult_t', callbackId: 210, fields: [field('m_eResult', 'int32')] },
  {
    name: 'ComputeNewPlayerCompatibilityResult_t',
    callbackId: 211,
    fields: [
      field('m_eResult', 'int32'),
      field('m_cPlayersThatDontLikeCandidate', 'int32'),
      field('m_cPlayersThatCandidateDoesntLike', 'int32'),
      field('m_cClanPlayersThatDontLikeCandidate', 'int32'),
      field('m_SteamIDCandidate', 'steamId'),
    ],
  },
  {
    name: 'SteamAPICallCompleted_t',
    callbackId: 703,
    fields: [field('m_hAsyncCall', 'uint64'), field('m_iCallback', 'int32'), field('m_cubParam', 'uint32')],
  },
  {
    name: 'CallbackMsg_t',
    fields: [field('m_hSteamUser', 'int32'), field('m_iCallback', 'int32'), field('m_pubParam', 'pointer'), field('m_cubParam', 'int32')],
  },
  {
    name: 'SteamIPAddress_t',
    packed: true,
    // The anonymous union of m_unIPv4 / m_rgubIPv6 / m_ipv6Qword is kept as its 16 raw bytes.
    fields: [field('m_rgubIPv6', 'bytes', 16), field('m_eType', 'int32')],
  },
  {
    name: 'SteamNetworkingIdentity',
    packed: true,
    // The 128-byte union (m_steamID64, m_szGenericString, m_ip, ...) is kept as raw bytes.
    fields: [field('m_eType', 'int32'), field('m_cbSize', 'int32'), field('m_union', 'bytes', 128)],
  },
];

/** One field of a built layout. */
export interface FieldLayout {
  readonly name: string;
  readonly kind: FieldKind;
  readonly offset: number;
  readonly size: number;
  /** For a `bytes` member: the int32 member that says how many of its bytes are data. */
  readonly countedBy?: string;
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

/**
 * Each layout's koffi type, kept beside the layout rather than in it: StructLayout reaches the
 * public declarations (through the simulated Steam), and a koffi type there would make every
 * consumer's type check load koffi's declarations (which fails under `module: node16` CommonJS).
 * The native core asks for it through koffi-struct-type.ts.
 */
const koffiTypes = new WeakMap<StructLayout, TypeObject>();

/** The koffi type a layout was measured with, untyped here so this module's declarations stay koffi-free. */
export const measuredStructType = (layout: StructLayout): unknown => koffiTypes.get(layout);

/** Empty C++ structs have sizeof 1; koffi needs a member, so they get this one, left out of the table. */
const EMPTY_STRUCT_FILLER = '__empty';

const koffiFieldType = (declaration: FieldDeclaration, platform: Platform, packed: boolean): KoffiMember => {
  // pack(4) caps 8-byte members at 4-byte alignment; pack(8) leaves x64 natural alignment alone.
  const wide = (type: string): KoffiMember => (platform === 'linux64' && !packed ? [4, type] : type);
  switch (declaration.kind) {
    case 'bool':
    case 'uint8':
      return 'uint8_t';
    case 'uint16':
      return 'uint16_t';
    case 'int32':
      return 'int32_t';
    case 'uint32':
      return 'uint32_t';
    case 'uint64':
      return wide('uint64_t');
    case 'pointer':
      return wide('void *');
    case 'steamId':
      return koffi.array('uint8_t', 8);
    case 'chars':
    case 'bytes':
      return koffi.array('uint8_t', declaration.length ?? 0);
  }
};

const fieldSize = (declaration: FieldDeclaration): number => {
  switch (declaration.kind) {
    case 'bool':
    case 'uint8':
      return 1;
    case 'uint16':
      return 2;
    case 'int32':
    case 'uint32':
      return 4;
    case 'uint64':
    case 'pointer':
    case 'steamId':
      return 8;
    case 'chars':
    case 'bytes':
      return declaration.length ?? 0;
  }
};

const buildLayout = (declaration: StructDeclaration, platform: Platform): StructLayout => {
  const packed = declaration.packed === true;
  const members: Record<string, KoffiMember> = {};
  for (const member of declaration.fields) members[member.name] = koffiFieldType(member, platform, packed);
  if (declaration.fields.length === 0) members[EMPTY_STRUCT_FILLER] = 'uint8_t';
  const koffiType = packed ? koffi.pack(members) : koffi.struct(members);
  const fields = declaration.fields.map((member): FieldLayout => {
    const built = { name: member.name, kind: member.kind, offset: koffi.offsetof(koffiType, member.name), size: fieldSize(member) };
    return member.countedBy === undefined ? built : { ...built, countedBy: member.countedBy };
  });
  const layout: StructLayout = {
    name: declaration.name,
    callbackId: declaration.callbackId,
    size: koffi.sizeof(koffiType),
    align: koffi.alignof(koffiType),
    fields,
    field: Object.fromEntries(fields.map((member) => [member.name, member])),
  };
  koffiTypes.set(layout, koffiType);
  return layout;
};

/** All layouts of one platform, by struct name and by callback id. */
export interface LayoutTable {
  readonly platform: Platform;
  readonly byName: Readonly<Record<string, StructLayout>>;
  readonly byCallbackId: ReadonlyMap<number, StructLayout>;
}

const buildTable = (platform: Platform): LayoutTable => {
  const layouts = declarations.map((declaration) => buildLayout(declaration, platform));
  return {
    platform,
    byName: Object.fromEntries(layouts.map((layout) => [layout.name, layout])),
    byCallbackId: new Map(
      layouts.flatMap((layout) => (layout.callbackId === undefined ? [] : [[layout.callbackId, layout] as const])),
    ),
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
