/**
 * What a test does to ISteamFriends from outside the game, as other users or as Steam itself:
 * change a persona (name, state, level, avatar, game, rich presence), make and break friendships,
 * block, give nicknames, follow, define clans, open and close the overlay, send the UI's join
 * requests, accept invites. Each change reaches the clients that know the user with the callbacks
 * Steam sends (PersonaStateChange_t with the EPersonaChange flags of what changed, and the rest),
 * after the simulated Steam's latency, in the order the changes were made.
 */
import { EFriendRelationship, EPersonaChange, EPersonaState } from '../native/generated/friends';
import type { ClientEndpoint } from './client-endpoint';
import {
  applyRichPresence,
  changeRichPresence,
  clansOf,
  forgetLargeAvatar,
  friendsViewOf,
  gamePlayedOf,
  knowledgeOf,
  postPersonaChange,
  setOverlay,
  visibleState,
  watchersOf,
  type OverlayActivation,
  type PendingInvite,
  type SimulatedClanOptions,
  type SimulatedGamePlayed,
  type SimulatedProfileItem,
} from './friends-model';
import type { Universe } from './universe';
import type { UserRecord } from './user-record';
import type { SimulatedImage } from './utils-model';

/** The ISteamFriends controls of a simulated Steam (`steam.friends`). Every method throws for a user that was never added. */
export interface SimulatedFriendsControl {
  /** The user renames themselves (in the Steam UI): PersonaStateChange_t with k_EPersonaChangeName to everyone who knows them. */
  setPersonaName(user: bigint, name: string): void;
  /**
   * The user's EPersonaState changes: k_EPersonaChangeStatus, with ComeOnline / GoneOffline as
   * others see it (Invisible looks Offline to others), and GamePlayed when their game shows or hides.
   */
  setPersonaState(user: bigint, state: number): void;
  /** The user's Steam level changes: k_EPersonaChangeSteamLevel. */
  setSteamLevel(user: bigint, level: number): void;
  /** The user's avatar changes (null: none): k_EPersonaChangeAvatar; large avatars must load again (AvatarImageLoaded_t). */
  setAvatar(user: bigint, image: SimulatedImage | null): void;
  /**
   * The game the user plays, as Steam reports it to friends (null: none; undefined: their running
   * game here decides again): k_EPersonaChangeGamePlayed / GameServer.
   */
  setGamePlayed(user: bigint, game: SimulatedGamePlayed | null | undefined): void;
  /**
   * Rich presence the user's game sets (for `appId`, the universe's app by default); an empty
   * value removes the key. Returns SetRichPresence's answer (false past Steam's limits). Clients of
   * that app that see it get PersonaStateChange_t (k_EPersonaChangeRichPresence) and FriendRichPresenceUpdate_t.
   */
  setRichPresence(user: bigint, key: string, value: string, appId?: number): boolean;
  /** Clears the user's rich presence for `appId` (the universe's app by default), telling whoever saw it. */
  clearRichPresence(user: bigint, appId?: number): void;
  /** `from` asks `to` to be friends: RequestInitiator / RequestRecipient, k_EPersonaChangeRelationshipChanged to both. Throws when already friends. */
  sendFriendRequest(from: bigint, to: bigint): void;
  /** `recipient` accepts `from`'s request: both become Friend. Throws when no such request is pending. */
  acceptFriendRequest(recipient: bigint, from: bigint): void;
  /** `recipient` ignores `from`'s request: Blocked for the recipient (isteamfriends.h: "the user has just done an Ignore on a friendship invite"), None for `from`. */
  ignoreFriendRequest(recipient: bigint, from: bigint): void;
  /** `a` and `b` become friends at once (no request): Friend on both sides, RelationshipChanged to both. */
  befriend(a: bigint, b: bigint): void;
  /** `a` and `b` are no longer friends (or a pending request is withdrawn): None on both sides. */
  unfriend(a: bigint, b: bigint): void;
  /**
   * `user` blocks `other` (Steam's stored, explicit block): Ignored, or IgnoredFriend when they were
   * friends; `other` is not told. The game server's ComputeNewPlayerCompatibility counts it too.
   */
  block(user: bigint, other: bigint): void;
  /** `user` unblocks `other`: back to Friend or None. */
  unblock(user: bigint, other: bigint): void;
  /** `user` gives `other` a nickname (null removes it): k_EPersonaChangeNickname to the user's games. */
  setNickname(user: bigint, other: bigint, nickname: string | null): void;
  /** `user` follows `target` (GetFollowerCount, IsFollowing, EnumerateFollowingList). */
  follow(user: bigint, target: bigint): void;
  /** `user` stops following `target`. */
  unfollow(user: bigint, target: bigint): void;
  /** Defines a clan (Steam group); returns its Steam ID. Members join with SimulatedUserOptions.groups or joinClan. */
  addClan(options: SimulatedClanOptions): bigint;
  /** `user` joins `clan` (as an officer when `officer`). */
  joinClan(user: bigint, clan: bigint, officer?: boolean): void;
  /** The user opens the overlay (Shift+Tab): GameOverlayActivated_t, m_bActive true, user-initiated. Throws when none of their games can (disabled or open). */
  openOverlay(user: bigint): void;
  /** The user closes the overlay: GameOverlayActivated_t, m_bActive false. Throws when it is not open. */
  closeOverlay(user: bigint): void;
  /** Whether a game of the user has the overlay open. */
  overlayOpen(user: bigint): boolean;
  /** The overlay activation calls the user's running games made, oldest first. */
  overlayActivations(user: bigint): readonly OverlayActivation[];
  /** Game invites (InviteUserToGame) the user received and has not accepted, oldest first. */
  pendingInvites(user: bigint): readonly PendingInvite[];
  /**
   * The user accepts a game invite (from `from`, else the oldest): their running game of the
   * inviter's app gets GameRichPresenceJoinRequested_t with the connect string. Throws when no
   * invite is pending or no such game runs.
   */
  acceptInvite(user: bigint, from?: bigint): void;
  /** The user joins `friend`'s game from the friends list: GameRichPresenceJoinRequested_t with the friend's "connect" rich presence. Throws when the friend has none. */
  joinFriendGame(user: bigint, friend: bigint): void;
  /** The user picks a server in the Steam UI: GameServerChangeRequested_t. */
  requestServerChange(user: bigint, server: string, password: string): void;
  /** The user accepts a lobby invite of `friend`: GameLobbyJoinRequested_t. */
  requestLobbyJoin(user: bigint, friend: bigint, lobby: bigint): void;
  /** The overlay browser opens `uri`: OverlayBrowserProtocolNavigation_t to games that registered its protocol. Throws when none did. */
  navigateOverlayBrowser(user: bigint, uri: string): void;
  /** Chats with unread priority messages: GetNumChatsWithUnreadPriorityMessages answers `count`, then UnreadChatMessagesChanged_t. */
  setUnreadPriorityChats(user: bigint, count: number): void;
  /** The user's equipped profile items change: EquippedProfileItemsChanged_t to whoever knows them; games must request them again. */
  equipProfileItems(user: bigint, items: readonly SimulatedProfileItem[]): void;
  /** Who the user's games say is speaking in game (SetInGameVoiceSpeaking). */
  inGameVoiceSpeaking(user: bigint): readonly bigint[];
}

/** What others can see of a user, to tell what a change changed. */
interface Look {
  readonly name: string;
  readonly state: number;
  readonly game: string;
  readonly server: string;
  readonly level: number;
}

const lookOf = (universe: Universe, user: UserRecord, own: boolean): Look => {
  const game = gamePlayedOf(universe, user);
  return {
    name: user.name,
    state: own ? user.persona.state : visibleState(user),
    game: game === null ? '' : `${game.gameId}`,
    server: game === null ? '' : `${game.gameIp}:${game.gamePort}`,
    level: user.steamLevel,
  };
};

const flagsBetween = (before: Look, after: Look): number => {
  let flags = 0;
  if (before.name !== after.name) flags |= EPersonaChange.Name;
  if (before.state !== after.state) {
    flags |= EPersonaChange.Status;
    if (before.state === EPersonaState.Offline) flags |= EPersonaChange.ComeOnline;
    if (after.state === EPersonaState.Offline) flags |= EPersonaChange.GoneOffline;
  }
  if (before.game !== after.game) flags |= EPersonaChange.GamePlayed;
  if (before.server !== after.server) flags |= EPersonaChange.GameServer;
  if (before.level !== after.level) flags |= EPersonaChange.SteamLevel;
  return flags;
};

export const createSimulatedFriendsControl = (universe: Universe): SimulatedFriendsControl => {
  const userOf = (steamId: bigint): UserRecord => {
    const user = universe.users.get(steamId);
    if (user === undefined) throw new Error(`steamworks-rx: no simulated user ${steamId}`);
    return user;
  };
  const clientsOf = (steamId: bigint): ClientEndpoint[] => universe.liveClientsOf(steamId);

  /** Runs `change` on the user's persona and tells everyone who knows them what it changed (and `extra`). */
  const changePersona = (user: UserRecord, change: () => void, extra = 0): void => {
    const others = watchersOf(universe, user.steamId, false);
    const own = clientsOf(user.steamId);
    const beforeOthers = lookOf(universe, user, false);
    const beforeOwn = lookOf(universe, user, true);
    change();
    const othersFlags = flagsBetween(beforeOthers, lookOf(universe, user, false)) | extra;
    const ownFlags = flagsBetween(beforeOwn, lookOf(universe, user, true)) | extra;
    if (othersFlags !== 0) postPersonaChange(others, user.steamId, othersFlags);
    if (ownFlags !== 0) postPersonaChange(own, user.steamId, ownFlags);
  };

  /** Sets both sides' relationships and tells each side's games about the other. */
  const relate = (a: UserRecord, towardsB: number, b: UserRecord, towardsA: number, tellB = true): void => {
    if (a.steamId === b.steamId) throw new Error('steamworks-rx: a user has no relationship with themselves');
    // Whose games did not know the other before: they learn the name with the relationship.
    const tellA = clientsOf(a.steamId).map((client) => [client, knowledgeOf(client, b.steamId) === 'none'] as const);
    const tellBClients = clientsOf(b.steamId).map((client) => [client, knowledgeOf(client, a.steamId) === 'none'] as const);
    a.persona.setRelationship(b.steamId, towardsB);
    b.persona.setRelationship(a.steamId, towardsA);
    const post = (clients: ReadonlyArray<readonly [ClientEndpoint, boolean]>, target: bigint): void => {
      for (const [client, unknownBefore] of clients) {
        // Steam sent the persona with the relationship and keeps it when the relationship ends
        // (unfriended, request ignored): the game must not forget the user's name or level.
        friendsViewOf(client).learnt.set(target, 'full');
        friendsViewOf(client).levels.add(target);
        postPersonaChange([client], target, EPersonaChange.RelationshipChanged | (unknownBefore ? EPersonaChange.Name | EPersonaChange.NameFirstSet : 0));
      }
    };
    post(tellA, b.steamId);
    if (tellB) post(tellBClients, a.steamId);
  };

  const joinRequest = (user: bigint, appId: number | null, from: bigint, connect: string): void => {
    const client = clientsOf(user).find((candidate) => appId === null || candidate.process.appId === appId);
    if (client === undefined) throw new Error(`steamworks-rx: no game${appId === null ? '' : ` of app ${appId}`} of user ${user} is running`);
    client.postLater('GameRichPresenceJoinRequested_t', () => ({ m_steamIDFriend: from, m_rgchConnect: connect }));
  };

  const toAllGames = (user: bigint, struct: string, values: Readonly<Record<string, number | bigint | string | boolean>>): void => {
    for (const client of clientsOf(user)) client.postLater(struct, () => values);
  };

  return {
    setPersonaName: (steamId, name) => {
      const user = userOf(steamId);
      changePersona(user, () => {
        if (name !== user.name) user.persona.formerNames.unshift(user.name);
        user.name = name;
      });
    },
    setPersonaState: (steamId, state) => {
      const user = userOf(steamId);
      changePersona(user, () => {
        user.persona.state = state;
      });
    },
    setSteamLevel: (steamId, level) => {
      const user = userOf(steamId);
      changePersona(user, () => {
        user.steamLevel = level;
      });
    },
    setAvatar: (steamId, image) => {
      const user = userOf(steamId);
      changePersona(
        user,
        () => {
          user.persona.avatar = image === null ? null : { width: image.width, height: image.height, rgba: image.rgba.slice() };
          user.persona.defaultAvatar = false;
          user.persona.avatarHandles = null;
          forgetLargeAvatar(universe, steamId);
        },
        EPersonaChange.Avatar,
      );
    },
    setGamePlayed: (steamId, game) => {
      const user = userOf(steamId);
      changePersona(user, () => {
        user.persona.gameOverride = game;
      });
    },
    setRichPresence: (steamId, key, value, appId = universe.appId) =>
      changeRichPresence(universe, userOf(steamId), appId, (keys) => applyRichPresence(keys, key, value)),
    clearRichPresence: (steamId, appId = universe.appId) => {
      changeRichPresence(universe, userOf(steamId), appId, (keys) => {
        keys.clear();
        return true;
      });
    },
    sendFriendRequest: (from, to) => {
      const sender = userOf(from);
      const recipient = userOf(to);
      const current = sender.persona.relationshipTo(to);
      if (current === EFriendRelationship.Friend || current === EFriendRelationship.IgnoredFriend) throw new Error(`steamworks-rx: ${from} and ${to} are already friends`);
      // Asking someone who asked you first makes you friends.
      if (current === EFriendRelationship.RequestRecipient) relate(sender, EFriendRelationship.Friend, recipient, EFriendRelationship.Friend);
      else relate(sender, EFriendRelationship.RequestInitiator, recipient, EFriendRelationship.RequestRecipient);
    },
    acceptFriendRequest: (recipientId, from) => {
      const recipient = userOf(recipientId);
      if (recipient.persona.relationshipTo(from) !== EFriendRelationship.RequestRecipient) throw new Error(`steamworks-rx: ${from} has not asked ${recipientId} to be friends`);
      relate(recipient, EFriendRelationship.Friend, userOf(from), EFriendRelationship.Friend);
    },
    ignoreFriendRequest: (recipientId, from) => {
      const recipient = userOf(recipientId);
      if (recipient.persona.relationshipTo(from) !== EFriendRelationship.RequestRecipient) throw new Error(`steamworks-rx: ${from} has not asked ${recipientId} to be friends`);
      relate(recipient, EFriendRelationship.Blocked, userOf(from), EFriendRelationship.None);
    },
    befriend: (a, b) => relate(userOf(a), EFriendRelationship.Friend, userOf(b), EFriendRelationship.Friend),
    unfriend: (a, b) => relate(userOf(a), EFriendRelationship.None, userOf(b), EFriendRelationship.None),
    block: (steamId, other) => {
      const user = userOf(steamId);
      const target = userOf(other);
      const current = user.persona.relationshipTo(other);
      user.blockedPlayers.add(other);
      const blocked = current === EFriendRelationship.Friend || current === EFriendRelationship.IgnoredFriend ? EFriendRelationship.IgnoredFriend : EFriendRelationship.Ignored;
      // The blocked user is not told: their side stays as it was.
      relate(user, blocked, target, target.persona.relationshipTo(steamId), false);
    },
    unblock: (steamId, other) => {
      const user = userOf(steamId);
      const target = userOf(other);
      user.blockedPlayers.delete(other);
      const current = user.persona.relationshipTo(other);
      if (current !== EFriendRelationship.Ignored && current !== EFriendRelationship.IgnoredFriend) return;
      relate(user, current === EFriendRelationship.IgnoredFriend ? EFriendRelationship.Friend : EFriendRelationship.None, target, target.persona.relationshipTo(steamId), false);
    },
    setNickname: (steamId, other, nickname) => {
      const user = userOf(steamId);
      userOf(other);
      if (nickname === null) user.persona.nicknames.delete(other);
      else user.persona.nicknames.set(other, nickname);
      postPersonaChange(clientsOf(steamId), other, EPersonaChange.Nickname);
    },
    follow: (steamId, target) => {
      userOf(target);
      userOf(steamId).persona.following.add(target);
    },
    unfollow: (steamId, target) => {
      userOf(steamId).persona.following.delete(target);
    },
    addClan: (options) => clansOf(universe).add(options),
    joinClan: (steamId, clan, officer = false) => {
      const user = userOf(steamId);
      user.groups = [...user.groups.filter((group) => group.groupSteamId !== clan), { groupSteamId: clan, officer }];
    },
    openOverlay: (steamId) => {
      const opened = clientsOf(steamId).some((client) => setOverlay(client, true, true));
      if (!opened) throw new Error(`steamworks-rx: no game of user ${steamId} can open the overlay (none runs, it is disabled, or it is open)`);
    },
    closeOverlay: (steamId) => {
      const closed = clientsOf(steamId).filter((client) => setOverlay(client, false, true));
      if (closed.length === 0) throw new Error(`steamworks-rx: no game of user ${steamId} has the overlay open`);
    },
    overlayOpen: (steamId) => clientsOf(steamId).some((client) => friendsViewOf(client).overlayOpen),
    overlayActivations: (steamId) => clientsOf(steamId).flatMap((client) => friendsViewOf(client).overlayActivations),
    pendingInvites: (steamId) => [...userOf(steamId).persona.pendingInvites],
    acceptInvite: (steamId, from) => {
      const invites = userOf(steamId).persona.pendingInvites;
      const index = invites.findIndex((invite) => from === undefined || invite.from === from);
      const invite = invites[index];
      if (invite === undefined) throw new Error(`steamworks-rx: user ${steamId} has no pending game invite${from === undefined ? '' : ` from ${from}`}`);
      joinRequest(steamId, invite.appId, invite.from, invite.connectString);
      invites.splice(index, 1);
    },
    joinFriendGame: (steamId, friend) => {
      userOf(steamId);
      const game = gamePlayedOf(universe, userOf(friend));
      const appId = game?.appId ?? universe.appId;
      const connect = userOf(friend).persona.richPresence.get(appId)?.get('connect');
      if (connect === undefined) throw new Error(`steamworks-rx: user ${friend} has no "connect" rich presence to join`);
      joinRequest(steamId, appId, friend, connect);
    },
    requestServerChange: (steamId, server, password) => {
      userOf(steamId);
      toAllGames(steamId, 'GameServerChangeRequested_t', { m_rgchServer: server, m_rgchPassword: password });
    },
    requestLobbyJoin: (steamId, friend, lobby) => {
      userOf(steamId);
      toAllGames(steamId, 'GameLobbyJoinRequested_t', { m_steamIDLobby: lobby, m_steamIDFriend: friend });
    },
    navigateOverlayBrowser: (steamId, uri) => {
      userOf(steamId);
      const protocol = uri.split(':')[0]?.toLowerCase() ?? '';
      const games = clientsOf(steamId).filter((client) => friendsViewOf(client).protocols.has(protocol));
      if (games.length === 0) throw new Error(`steamworks-rx: no game of user ${steamId} registered the protocol ${protocol}`);
      for (const client of games) client.postLater('OverlayBrowserProtocolNavigation_t', () => ({ rgchURI: uri }));
    },
    setUnreadPriorityChats: (steamId, count) => {
      userOf(steamId).persona.unreadPriorityChats = count;
      toAllGames(steamId, 'UnreadChatMessagesChanged_t', {});
    },
    equipProfileItems: (steamId, items) => {
      userOf(steamId).persona.profileItems = [...items];
      const watchers = watchersOf(universe, steamId, true);
      for (const client of universe.liveClients()) friendsViewOf(client).profileItemsLoaded.delete(steamId);
      for (const client of watchers) client.postLater('EquippedProfileItemsChanged_t', () => ({ m_steamID: steamId }));
    },
    inGameVoiceSpeaking: (steamId) => [...new Set(clientsOf(steamId).flatMap((client) => [...friendsViewOf(client).speaking]))],
  };
};
