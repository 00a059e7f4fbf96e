/**
 * The simulated Steam's ISteamFriends model, as Steam documents it: every user's persona (name and
 * former names, state, Steam level, avatar, game played, rich presence per app), their relationships,
 * nicknames, friends groups, follows, coplay and equipped profile items live on the universe's user
 * records (so every client of one universe sees the same people); what one game client has LEARNT
 * about others (RequestUserInformation, avatars downloaded, rich presence requested, clan data, its
 * overlay) lives in a view per client. The rules here are pure: who knows whom, what a client may
 * see, who hears of a change; the port and the control post the callbacks. A client reads what it
 * may see live (a change is readable at once); the callback after the latency is its cue to read
 * again, as a game written against Steam does.
 */
import { EAccountType, EUniverse } from '../native/enums';
import { EFriendFlags, EFriendRelationship, EPersonaChange, EPersonaState } from '../native/generated/friends';
import { byteLength } from './c-string';
import type { ClientEndpoint } from './client-endpoint';
import { composeSteamId } from './steam-id';
import type { Universe } from './universe';
import type { UserRecord } from './user-record';
import { imagesOf, utilsMachineOf, type SimulatedImage } from './utils-model';

// Limits from steamworks-abi-1.60-more.json `constants` (isteamfriends.h); the generated files do
// not carry constants, so they are written out here with their source.
/** k_cchMaxRichPresenceKeys: the most rich presence keys a user may set for a game. */
export const MAX_RICH_PRESENCE_KEYS = 30;
/** k_cchMaxRichPresenceKeyLength: SetRichPresence refuses a key longer than this (bytes). */
export const MAX_RICH_PRESENCE_KEY_LENGTH = 64;
/** k_cchMaxRichPresenceValueLength: SetRichPresence refuses a value longer than this (bytes). */
export const MAX_RICH_PRESENCE_VALUE_LENGTH = 256;
/** k_cchPersonaNameMax: a persona name's buffer, NUL included (bytes). */
export const PERSONA_NAME_MAX = 128;
/** k_cEnumerateFollowersMax: Steam IDs one FriendsEnumerateFollowingList_t carries. */
export const ENUMERATE_FOLLOWERS_MAX = 50;
/** k_cFriendsGroupLimit: friends groups a user may have. */
export const FRIENDS_GROUP_LIMIT = 100;
/** k_cchMaxFriendsGroupName: a friends group name's buffer (bytes). */
export const FRIENDS_GROUP_NAME_MAX = 64;
/** k_usFriendGameInfoQueryPort_NotInitialized: FriendGameInfo_t's query port when Steam has none yet. */
export const QUERY_PORT_NOT_INITIALIZED = 65535;
/**
 * Avatar sizes, from the Steamworks ISteamFriends documentation: GetSmallFriendAvatar 32×32,
 * GetMediumFriendAvatar 64×64, GetLargeFriendAvatar 128×128 pixels.
 */
export const AVATAR_SIZES = { small: 32, medium: 64, large: 128 } as const;

/** The game a user plays, as FriendGameInfo_t says it. */
export interface SimulatedGamePlayed {
  /** The game: an app ID, or a full CGameID as a bigint. */
  readonly game: number | bigint;
  /** The game server's IPv4 in host order. Default 0 (none). */
  readonly gameIp?: number;
  /** The game server's port. Default 0. */
  readonly gamePort?: number;
  /** The server's query port. Default k_usFriendGameInfoQueryPort_NotInitialized (65535). */
  readonly queryPort?: number;
  /** The lobby the user is in. Default 0n (none). */
  readonly lobbySteamId?: bigint;
}

/** One equipped community profile item (RequestEquippedProfileItems, GetProfileItemProperty*). */
export interface SimulatedProfileItem {
  /** ECommunityProfileItemType. */
  readonly type: number;
  /** String properties by ECommunityProfileItemProperty (image URLs, internal name, title, …). */
  readonly strings?: Readonly<Partial<Record<number, string>>>;
  /** Numeric properties by ECommunityProfileItemProperty (app ID, type ID, class). */
  readonly numbers?: Readonly<Partial<Record<number, number>>>;
}

/** A friends group (a "tag" in the Steam friends list). */
export interface SimulatedFriendsGroup {
  /** Its name (at most 63 bytes). */
  readonly name: string;
  /** Its members' Steam IDs. */
  readonly members: readonly bigint[];
}

/** A clan (Steam group), as steam.friends.addClan defines it; every field but name is optional. */
export interface SimulatedClanOptions {
  /** The clan's Steam ID. Default: a new Clan-type ID. */
  readonly steamId?: bigint;
  /** GetClanName. */
  readonly name: string;
  /** GetClanTag. Default ''. */
  readonly tag?: string;
  /** IsClanPublic. Default true. */
  readonly public?: boolean;
  /** IsClanOfficialGameGroup. Default false. */
  readonly officialGameGroup?: boolean;
  /** GetClanOwner. Default 0n (none). */
  readonly owner?: bigint;
  /** Members chatting in the clan's chat (GetClanActivityCounts' pnChatting). Default 0. */
  readonly chatting?: number;
}

/** A clan as the universe knows it. */
export interface Clan {
  readonly steamId: bigint;
  readonly name: string;
  readonly tag: string;
  readonly public: boolean;
  readonly officialGameGroup: boolean;
  readonly owner: bigint;
  readonly chatting: number;
}

/** A game invite sent with InviteUserToGame and not yet accepted. */
export interface PendingInvite {
  /** Who invited. */
  readonly from: bigint;
  /** The connect string. */
  readonly connectString: string;
  /** The inviter's game. */
  readonly appId: number;
}

/** One overlay activation call of a game, as the simulated Steam recorded it. */
export interface OverlayActivation {
  /** Which flat function: 'dialog', 'user', 'webPage', 'store', 'inviteDialog', 'remotePlayTogetherInviteDialog', 'inviteDialogConnectString'. */
  readonly kind: 'dialog' | 'user' | 'webPage' | 'store' | 'inviteDialog' | 'remotePlayTogetherInviteDialog' | 'inviteDialogConnectString';
  /** The dialog name (dialog, user), URL (webPage) or connect string (inviteDialogConnectString); '' otherwise. */
  readonly target: string;
  /** The Steam ID (user), lobby (inviteDialog, remotePlayTogetherInviteDialog); 0n otherwise. */
  readonly steamId: bigint;
  /** The app (store); 0 otherwise. */
  readonly appId: number;
  /** The EActivateGameOverlayToWebPageMode (webPage) or EOverlayToStoreFlag (store); 0 otherwise. */
  readonly mode: number;
  /** Virtual time of the call. */
  readonly atMs: number;
}

/** Friends options of addUser (merged into SimulatedUserOptions). */
export interface SimulatedPersonaOptions {
  /** EPersonaState. Default Online (1). */
  readonly personaState?: number;
  /** The avatar (any size; Steam's three sizes are resampled from it); null: no avatar. Default: a pattern made from the Steam ID. */
  readonly avatar?: SimulatedImage | null;
  /** Friends: users already added; both sides become Friend. Default none. */
  readonly friends?: readonly bigint[];
  /** Rich presence for the universe's app (a running game sets its own with SetRichPresence). Default none. */
  readonly richPresence?: Readonly<Record<string, string>>;
  /** The game the user plays while no game of theirs runs in this universe. Default none. */
  readonly gamePlayed?: SimulatedGamePlayed;
  /** Nicknames this user gave others. Default none. */
  readonly nicknames?: ReadonlyMap<bigint, string>;
  /** Friends groups. Default none. */
  readonly friendsGroups?: readonly SimulatedFriendsGroup[];
  /** Users this user follows. Default none. */
  readonly following?: readonly bigint[];
  /** GetUserRestrictions: EUserRestriction flags. Default 0. */
  readonly userRestrictions?: number;
  /** Equipped community profile items. Default none. */
  readonly profileItems?: readonly SimulatedProfileItem[];
}

/** A user's friends data (on the user record). */
export class Persona {
  state: number;
  /** Former names, most recent first (GetFriendPersonaNameHistory). */
  readonly formerNames: string[] = [];
  avatar: SimulatedImage | null;
  /** The avatar's three image handles, registered on first use; null when not yet registered. */
  avatarHandles: { readonly small: number; readonly medium: number; readonly large: number } | null = null;
  /** Set by a test for a user with no game running here; undefined: the running game decides. */
  gameOverride: SimulatedGamePlayed | null | undefined;
  /** Rich presence per app ID, keys in the order set. */
  readonly richPresence = new Map<number, Map<string, string>>();
  /** EFriendRelationship towards other users (None is not stored), in the order formed. */
  readonly relationships = new Map<bigint, number>();
  readonly nicknames: Map<bigint, string>;
  readonly friendsGroups: Array<{ readonly id: number; readonly name: string; readonly members: bigint[] }>;
  readonly following: Set<bigint>;
  /** Users played with (SetPlayedWith): Unix seconds and app, oldest first. */
  readonly coplay = new Map<bigint, { readonly time: number; readonly appId: number }>();
  readonly userRestrictions: number;
  profileItems: readonly SimulatedProfileItem[];
  /** Invites received and not accepted, oldest first. */
  readonly pendingInvites: PendingInvite[] = [];
  unreadPriorityChats = 0;

  /** True while the avatar is the generated default (made from the Steam ID on first use). */
  defaultAvatar: boolean;

  constructor(options: SimulatedPersonaOptions, appId: number | null) {
    this.state = options.personaState ?? EPersonaState.Online;
    this.avatar = options.avatar === undefined ? null : options.avatar;
    this.defaultAvatar = options.avatar === undefined;
    this.gameOverride = options.gamePlayed;
    if (options.richPresence !== undefined && appId !== null) this.richPresence.set(appId, new Map(Object.entries(options.richPresence)));
    this.nicknames = new Map(options.nicknames ?? []);
    this.friendsGroups = (options.friendsGroups ?? []).slice(0, FRIENDS_GROUP_LIMIT).map((group, index) => ({ id: index + 1, name: group.name, members: [...group.members] }));
    this.following = new Set(options.following ?? []);
    this.userRestrictions = options.userRestrictions ?? 0;
    this.profileItems = [...(options.profileItems ?? [])];
  }

  relationshipTo(other: bigint): number {
    return this.relationships.get(other) ?? EFriendRelationship.None;
  }

  setRelationship(other: bigint, relationship: number): void {
    if (relationship === EFriendRelationship.None) this.relationships.delete(other);
    else this.relationships.set(other, relationship);
  }

  richPresenceOf(appId: number): Map<string, string> {
    let keys = this.richPresence.get(appId);
    if (keys === undefined) {
      keys = new Map();
      this.richPresence.set(appId, keys);
    }
    return keys;
  }
}

/**
 * What SetRichPresence does to a key set, by Steam's documented rules: false for an empty key, a
 * key longer than k_cchMaxRichPresenceKeyLength, a value longer than k_cchMaxRichPresenceValueLength,
 * or a new key beyond k_cchMaxRichPresenceKeys; an empty value removes the key.
 */
export const applyRichPresence = (keys: Map<string, string>, key: string, value: string): boolean => {
  const keyBytes = byteLength(key);
  if (keyBytes === 0 || keyBytes > MAX_RICH_PRESENCE_KEY_LENGTH || byteLength(value) > MAX_RICH_PRESENCE_VALUE_LENGTH) return false;
  if (value === '') {
    keys.delete(key);
    return true;
  }
  if (!keys.has(key) && keys.size >= MAX_RICH_PRESENCE_KEYS) return false;
  keys.set(key, value);
  return true;
};

/**
 * Who is `user`'s friend in the universe (EFriendRelationship Friend), in the order the
 * friendships formed: the friends leaderboard Friends requests rank. Read live, so a friendship
 * formed or broken after a client started counts from then on.
 */
export const friendshipsOf = (universe: Universe): { friendsOf(user: bigint): bigint[] } => ({
  friendsOf: (user) => {
    const friends: bigint[] = [];
    for (const [other, relationship] of universe.users.get(user)?.persona.relationships ?? []) {
      if (relationship === EFriendRelationship.Friend) friends.push(other);
    }
    return friends;
  },
});

/** Which EFriendFlags bit a stored relationship answers to. */
const relationshipFlag: Readonly<Record<number, number>> = {
  [EFriendRelationship.Blocked]: EFriendFlags.Blocked,
  [EFriendRelationship.RequestRecipient]: EFriendFlags.FriendshipRequested,
  [EFriendRelationship.Friend]: EFriendFlags.Immediate,
  [EFriendRelationship.RequestInitiator]: EFriendFlags.RequestingFriendship,
  [EFriendRelationship.Ignored]: EFriendFlags.Ignored,
  [EFriendRelationship.IgnoredFriend]: EFriendFlags.IgnoredFriend,
};

/** The EFriendFlags bit of a relationship (0 for None). */
export const flagOfRelationship = (relationship: number): number => relationshipFlag[relationship] ?? 0;

/** Where a client's knowledge of another user stands. */
export type Knowledge = 'none' | 'name' | 'full';

/** What one game client has learnt and done (ISteamFriends), for its lifetime. */
export class FriendsView {
  /** Users learnt through RequestUserInformation (friends and oneself are always known). */
  readonly learnt = new Map<bigint, Knowledge>();
  /** RequestUserInformation calls not answered yet: true when only the name was asked for. */
  readonly pendingInfo = new Map<bigint, boolean>();
  /** Steam levels downloaded (GetFriendSteamLevel answered 0 and queued them). */
  readonly levels = new Set<bigint>();
  readonly pendingLevels = new Set<bigint>();
  /** Large avatars: loading or loaded, by user (an avatar change forgets them). */
  readonly largeAvatars = new Map<bigint, 'loading' | 'loaded'>();
  /** Users whose rich presence this client asked for (RequestFriendRichPresence). */
  readonly richPresenceRequested = new Set<bigint>();
  /** Clans whose activity counts were downloaded. */
  readonly clansDownloaded = new Set<bigint>();
  /** Clans whose officer list arrived. */
  readonly officerLists = new Set<bigint>();
  /** Users whose equipped profile items arrived. */
  readonly profileItemsLoaded = new Set<bigint>();
  readonly overlayActivations: OverlayActivation[] = [];
  overlayOpen = false;
  readonly protocols = new Set<string>();
  /** SetInGameVoiceSpeaking: who speaks in game now. */
  readonly speaking = new Set<bigint>();
}

const views = new WeakMap<ClientEndpoint, FriendsView>();

/** The view of a client, made on first use. */
export const friendsViewOf = (client: ClientEndpoint): FriendsView => {
  const existing = views.get(client);
  if (existing !== undefined) return existing;
  const made = new FriendsView();
  views.set(client, made);
  return made;
};

/** The clans of one universe. */
export class ClanRegistry {
  private readonly clans = new Map<bigint, Clan>();
  private lastAccountId = 0;

  add(options: SimulatedClanOptions): bigint {
    let steamId = options.steamId;
    while (steamId === undefined || (options.steamId === undefined && this.clans.has(steamId))) {
      this.lastAccountId += 1;
      steamId = composeSteamId({ accountId: 100_000 + this.lastAccountId, instance: 0, accountType: EAccountType.Clan, universe: EUniverse.Public });
    }
    if (this.clans.has(steamId)) throw new Error(`steamworks-rx: simulated clan ${steamId} already exists`);
    this.clans.set(steamId, {
      steamId,
      name: options.name,
      tag: options.tag ?? '',
      public: options.public ?? true,
      officialGameGroup: options.officialGameGroup ?? false,
      owner: options.owner ?? 0n,
      chatting: options.chatting ?? 0,
    });
    return steamId;
  }

  get(steamId: bigint): Clan | undefined {
    return this.clans.get(steamId);
  }
}

const clanRegistries = new WeakMap<Universe, ClanRegistry>();

/** The clans of a universe, made on first use. */
export const clansOf = (universe: Universe): ClanRegistry => {
  const existing = clanRegistries.get(universe);
  if (existing !== undefined) return existing;
  const made = new ClanRegistry();
  clanRegistries.set(universe, made);
  return made;
};

/** Nearest-neighbour resampling to a size×size square. */
const resample = (image: SimulatedImage, size: number): SimulatedImage => {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    const sourceY = Math.floor((y * image.height) / size);
    for (let x = 0; x < size; x += 1) {
      const sourceX = Math.floor((x * image.width) / size);
      rgba.set(image.rgba.subarray((sourceY * image.width + sourceX) * 4, (sourceY * image.width + sourceX) * 4 + 4), (y * size + x) * 4);
    }
  }
  return { width: size, height: size, rgba };
};

/**
 * The default avatar: a mirrored 8×8 pattern in one colour, both made from the Steam ID, so every
 * user looks different and the same user looks the same in every run.
 */
export const patternAvatar = (steamId: bigint): SimulatedImage => {
  let seed = Number(steamId & 0xffffffffn) ^ 0x9e3779b9;
  const next = (): number => {
    // xorshift32: a tiny deterministic generator.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const colour = [64 + (next() % 160), 64 + (next() % 160), 64 + (next() % 160)];
  const cells = 8;
  const rgba = new Uint8Array(cells * cells * 4);
  for (let y = 0; y < cells; y += 1) {
    for (let x = 0; x < cells / 2; x += 1) {
      const on = next() % 2 === 0;
      for (const column of [x, cells - 1 - x]) {
        const at = (y * cells + column) * 4;
        rgba.set(on ? [colour[0] ?? 0, colour[1] ?? 0, colour[2] ?? 0, 255] : [240, 240, 240, 255], at);
      }
    }
  }
  return { width: cells, height: cells, rgba };
};

/** The user's avatar handles in the universe's image store (registered on first use); null: no avatar. */
export const avatarHandlesOf = (universe: Universe, user: UserRecord): { readonly small: number; readonly medium: number; readonly large: number } | null => {
  const persona = user.persona;
  if (persona.avatarHandles !== null) return persona.avatarHandles;
  const source = persona.defaultAvatar ? patternAvatar(user.steamId) : persona.avatar;
  if (source === null) return null;
  const images = imagesOf(universe);
  persona.avatarHandles = {
    small: images.register(resample(source, AVATAR_SIZES.small)),
    medium: images.register(resample(source, AVATAR_SIZES.medium)),
    large: images.register(resample(source, AVATAR_SIZES.large)),
  };
  return persona.avatarHandles;
};

/** The persona state others see: Offline while logged off or invisible. */
export const visibleState = (user: UserRecord): number =>
  !user.loggedOn || user.persona.state === EPersonaState.Invisible ? EPersonaState.Offline : user.persona.state;

/** FriendGameInfo_t of a user as others see it; null when not in a game (or offline). */
export interface GameInfo {
  readonly gameId: bigint;
  readonly gameIp: number;
  readonly gamePort: number;
  readonly queryPort: number;
  readonly lobbySteamId: bigint;
  readonly appId: number;
}

/**
 * The game a user plays: the test's override, else their first running game in the universe (its
 * app, and the server it advertises with AdvertiseGame or last connected to).
 */
export const gamePlayedOf = (universe: Universe, user: UserRecord): GameInfo | null => {
  if (visibleState(user) === EPersonaState.Offline) return null;
  const override = user.persona.gameOverride;
  if (override === null) return null;
  if (override !== undefined) {
    const gameId = BigInt(override.game);
    return {
      gameId,
      // A CGameID's low 24 bits are its app ID.
      appId: Number(gameId & 0xffffffn),
      gameIp: override.gameIp ?? 0,
      gamePort: override.gamePort ?? 0,
      queryPort: override.queryPort ?? QUERY_PORT_NOT_INITIALIZED,
      lobbySteamId: override.lobbySteamId ?? 0n,
    };
  }
  const client = universe.liveClientsOf(user.steamId)[0];
  if (client === undefined) return null;
  const server = client.advertisedGame ?? client.gameConnections[client.gameConnections.length - 1] ?? null;
  return {
    gameId: BigInt(client.process.appId),
    appId: client.process.appId,
    gameIp: server?.serverIp ?? 0,
    gamePort: server?.serverPort ?? 0,
    queryPort: QUERY_PORT_NOT_INITIALIZED,
    lobbySteamId: 0n,
  };
};

/** How much `client` knows of `target`: itself and everyone on its friends list fully, others as learnt. */
export const knowledgeOf = (client: ClientEndpoint, target: bigint): Knowledge => {
  if (target === client.user.steamId) return 'full';
  if (client.user.persona.relationshipTo(target) !== EFriendRelationship.None) return 'full';
  return friendsViewOf(client).learnt.get(target) ?? 'none';
};

/** The universe's user with that Steam ID, if any. */
export const userOf = (universe: Universe, steamId: bigint): UserRecord | undefined => universe.users.get(steamId);

/** The clans `user` is a member of (their groups), in order. */
export const clansOfUser = (user: UserRecord): bigint[] => user.groups.map((group) => group.groupSteamId);

/** Members of a clan: the universe's users whose groups include it, in the order they were added. */
export const clanMembers = (universe: Universe, clan: bigint): UserRecord[] =>
  [...universe.users.values()].filter((user) => user.groups.some((group) => group.groupSteamId === clan));

/** The game servers a client is connected to (InitiateGameConnection) or advertises. */
const serversOf = (client: ClientEndpoint): bigint[] => [
  ...client.gameConnections.map((connection) => connection.serverSteamId),
  ...(client.advertisedGame === null ? [] : [client.advertisedGame.serverSteamId]),
];

/**
 * The users GetFriendCount / GetFriendByIndex list for an EFriendFlags mask, in order: the
 * friends list (relationships in the order formed), then clan co-members, then players on the same
 * game server, then users whose information is being requested. Each user once.
 */
export const listedUsers = (universe: Universe, client: ClientEndpoint, flags: number): bigint[] => {
  const self = client.user.steamId;
  const listed = new Set<bigint>();
  for (const [other, relationship] of client.user.persona.relationships) {
    if ((flags & flagOfRelationship(relationship)) !== 0) listed.add(other);
  }
  if ((flags & EFriendFlags.ClanMember) !== 0) {
    for (const clan of clansOfUser(client.user)) {
      for (const member of clanMembers(universe, clan)) if (member.steamId !== self) listed.add(member.steamId);
    }
  }
  if ((flags & EFriendFlags.OnGameServer) !== 0) {
    const servers = new Set(serversOf(client));
    for (const other of universe.liveClients()) {
      if (other.user.steamId !== self && serversOf(other).some((server) => servers.has(server))) listed.add(other.user.steamId);
    }
  }
  if ((flags & EFriendFlags.RequestingInfo) !== 0) for (const requested of friendsViewOf(client).pendingInfo.keys()) listed.add(requested);
  return [...listed];
};

/**
 * The users in a source (GetFriendCountFromSource): a clan's members when the client's user is
 * one of them (Steam does not let a non-member iterate a group), or the players connected to a game
 * server the client is on. Empty for anything else.
 */
export const sourceMembers = (universe: Universe, client: ClientEndpoint, source: bigint): bigint[] => {
  const members = clanMembers(universe, source);
  if (clansOf(universe).get(source) !== undefined || members.length > 0) {
    return members.some((member) => member.steamId === client.user.steamId) ? members.map((member) => member.steamId) : [];
  }
  if (!serversOf(client).includes(source)) return [];
  return [...new Set(universe.liveClients().filter((other) => serversOf(other).includes(source)).map((other) => other.user.steamId))];
};

/**
 * Whether `client` (of app A) sees `target`'s rich presence for A: its own user, a user it asked
 * for (RequestFriendRichPresence), or a friend playing A (Steam shares rich presence among friends
 * in the same game).
 */
export const seesRichPresence = (universe: Universe, client: ClientEndpoint, target: UserRecord): boolean => {
  if (target.steamId === client.user.steamId) return true;
  if (friendsViewOf(client).richPresenceRequested.has(target.steamId)) return true;
  return client.user.persona.relationshipTo(target.steamId) === EFriendRelationship.Friend && gamePlayedOf(universe, target)?.appId === client.process.appId;
};

/** The clients that hear of a change to `target`'s persona: those that know them (the target's own only when `includeOwn`). */
export const watchersOf = (universe: Universe, target: bigint, includeOwn: boolean): ClientEndpoint[] =>
  universe.liveClients().filter((client) => (client.user.steamId === target ? includeOwn : knowledgeOf(client, target) !== 'none'));

/** Posts PersonaStateChange_t(target, flags) to each client, after the latency (or `delayMs`). */
export const postPersonaChange = (clients: readonly ClientEndpoint[], target: bigint, flags: number, delayMs?: number): void => {
  for (const client of clients) client.postLater('PersonaStateChange_t', () => ({ m_ulSteamID: target, m_nChangeFlags: flags }), delayMs);
};

/** The clients of `appId` that see `target`'s rich presence for it, the target's own games left out. */
export const richPresenceWatchers = (universe: Universe, target: UserRecord, appId: number): ClientEndpoint[] =>
  universe.liveClients().filter((client) => client.user !== target && client.process.appId === appId && seesRichPresence(universe, client, target));

/**
 * Tells `watchers` that `target`'s rich presence for `appId` changed: PersonaStateChange_t with
 * k_EPersonaChangeRichPresence, then FriendRichPresenceUpdate_t, to each.
 */
export const postRichPresenceChange = (watchers: readonly ClientEndpoint[], target: bigint, appId: number): void => {
  postPersonaChange(watchers, target, EPersonaChange.RichPresence);
  for (const client of watchers) client.postLater('FriendRichPresenceUpdate_t', () => ({ m_steamIDFriend: target, m_nAppID: appId }));
};

/**
 * Runs `change` on `user`'s rich presence keys for `appId` (false: refused, nothing to tell) and,
 * when the keys really changed, tells the clients that saw them before (postRichPresenceChange).
 */
export const changeRichPresence = (universe: Universe, user: UserRecord, appId: number, change: (keys: Map<string, string>) => boolean): boolean => {
  const keys = user.persona.richPresenceOf(appId);
  const before = JSON.stringify([...keys]);
  const watchers = richPresenceWatchers(universe, user, appId);
  if (!change(keys)) return false;
  if (JSON.stringify([...keys]) !== before) postRichPresenceChange(watchers, user.steamId, appId);
  return true;
};

/**
 * Runs `change` (a game client starting, ending, advertising a server) and tells the user's
 * watchers in other users' games what it changed of the game played: k_EPersonaChangeGamePlayed
 * (and k_EPersonaChangeGameServer when the server changed).
 */
export const withGameChange = (universe: Universe, user: UserRecord, change: () => void): void => {
  const before = gamePlayedOf(universe, user);
  change();
  const after = gamePlayedOf(universe, user);
  const gameChanged = before?.gameId !== after?.gameId;
  const serverChanged = (before?.gameIp ?? 0) !== (after?.gameIp ?? 0) || (before?.gamePort ?? 0) !== (after?.gamePort ?? 0);
  const flags = (gameChanged ? EPersonaChange.GamePlayed : 0) | (serverChanged ? EPersonaChange.GameServer : 0);
  // Nothing others see changed (same game, same server): no callback.
  if (flags === 0) return;
  postPersonaChange(watchersOf(universe, user.steamId, false), user.steamId, flags);
};

/**
 * A game client ends (SteamAPI_Shutdown or its process disposed): Steam clears the rich presence
 * the game set once no other game of the user runs that app, and friends see the game stop.
 * Call before the client goes dead, so its watchers are still found.
 */
export const friendsClientEnding = (universe: Universe, client: ClientEndpoint): void => {
  const user = client.user;
  const appId = client.process.appId;
  const othersOfApp = universe.liveClientsOf(user.steamId).filter((other) => other !== client && other.process.appId === appId);
  const keys = user.persona.richPresence.get(appId);
  if (othersOfApp.length === 0 && keys !== undefined && keys.size > 0) {
    const watchers = richPresenceWatchers(universe, user, appId);
    keys.clear();
    postRichPresenceChange(watchers, user.steamId, appId);
  }
};

/**
 * Opens or closes a client's overlay: GameOverlayActivated_t follows. False when nothing changes
 * (already in that state) or the overlay cannot open (ISteamUtils' overlay disabled on the machine).
 */
export const setOverlay = (client: ClientEndpoint, active: boolean, userInitiated: boolean): boolean => {
  const view = friendsViewOf(client);
  if (view.overlayOpen === active) return false;
  if (active && !utilsMachineOf(client.process).overlayEnabled) return false;
  view.overlayOpen = active;
  client.postLater('GameOverlayActivated_t', () => ({
    m_bActive: active ? 1 : 0,
    m_bUserInitiated: userInitiated,
    m_nAppID: client.process.appId,
    // Documented as "used internally" by Steam: nothing for a game to read.
    m_dwOverlayPID: 0,
  }));
  return true;
};

/** Forgets a user's loaded large avatar in every client (their avatar changed: it must load again). */
export const forgetLargeAvatar = (universe: Universe, target: bigint): void => {
  for (const client of universe.liveClients()) friendsViewOf(client).largeAvatars.delete(target);
};
