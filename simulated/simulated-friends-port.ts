/**
 * ISteamFriends for one simulated game client, answering from the universe's user records and the
 * client's own view (friends-model.ts) by Steam's documented rules: data about a user the client
 * does not know yet must be asked for (RequestUserInformation, GetFriendSteamLevel, the large
 * avatar, RequestFriendRichPresence) and arrives in a callback after the latency; changes the game
 * makes (its name, its rich presence) reach the clients that know the user. After shutdown every
 * query is a zero and every call result 0n.
 */
import { EResult } from '../native/enums';
import type { FieldValue } from '../native/struct-bytes';
import type { FriendsPort } from '../native/friends-port';
import { ECommunityProfileItemType, EFriendRelationship, EPersonaChange, EPersonaState } from '../native/generated/friends';
import { isWellFormedText } from '../native/well-formed-text';
import { byteLength } from './c-string';
import type { ClientEndpoint } from './client-endpoint';
import {
  AVATAR_SIZES,
  ENUMERATE_FOLLOWERS_MAX,
  PERSONA_NAME_MAX,
  applyRichPresence,
  avatarHandlesOf,
  changeRichPresence,
  clanMembers,
  clansOf,
  clansOfUser,
  friendsViewOf,
  gamePlayedOf,
  knowledgeOf,
  listedUsers,
  postPersonaChange,
  seesRichPresence,
  setOverlay,
  sourceMembers,
  visibleState,
  watchersOf,
  type OverlayActivation,
} from './friends-model';
import type { UserRecord } from './user-record';

/** GameRichPresenceJoinRequested_t carries the connect string in char[256]: a longer one cannot be sent. */
const CONNECT_STRING_MAX = 255;

const notPlaying = { ok: false, gameId: 0n, gameIp: 0, gamePort: 0, queryPort: 0, lobbySteamId: 0n } as const;
const noCounts = { ok: false, online: 0, inGame: 0, chatting: 0 } as const;

export const createSimulatedFriendsPort = (client: ClientEndpoint): FriendsPort => {
  const { universe } = client;
  const user = client.user;
  const self = user.steamId;
  const persona = user.persona;
  const view = friendsViewOf(client);
  const appId = client.process.appId;

  /** The other user, when they exist and this client knows them at least by name. */
  const known = (steamId: bigint): UserRecord | undefined => {
    const other = universe.users.get(steamId);
    return other !== undefined && knowledgeOf(client, steamId) !== 'none' ? other : undefined;
  };
  const fullyKnown = (steamId: bigint): UserRecord | undefined => {
    const other = universe.users.get(steamId);
    return other !== undefined && knowledgeOf(client, steamId) === 'full' ? other : undefined;
  };
  /** A clan this client has data about: one its user is in, or whose counts or officers it downloaded. */
  const knownClan = (clan: bigint): boolean =>
    clansOfUser(user).includes(clan) || view.clansDownloaded.has(clan) || view.officerLists.has(clan);
  const clanExists = (clan: bigint): boolean => clansOf(universe).get(clan) !== undefined || clanMembers(universe, clan).length > 0;
  const officersOf = (clan: bigint): bigint[] => {
    const owner = clansOf(universe).get(clan)?.owner ?? 0n;
    const officers = clanMembers(universe, clan)
      .filter((member) => member.groups.some((group) => group.groupSteamId === clan && group.officer === true) && member.steamId !== owner)
      .map((member) => member.steamId);
    // GetClanOfficerCount counts the owner among the officers (Steamworks documentation).
    return owner === 0n ? officers : [owner, ...officers];
  };
  const record = (activation: Omit<OverlayActivation, 'atMs'>): void => {
    if (!client.live) return;
    view.overlayActivations.push({ ...activation, atMs: universe.now() });
    // The overlay opens on the game's request (not the user's): GameOverlayActivated_t follows.
    setOverlay(client, true, false);
  };
  const richPresenceOf = (steamId: bigint): Map<string, string> | undefined => {
    const other = universe.users.get(steamId);
    if (!client.live || other === undefined || !seesRichPresence(universe, client, other)) return undefined;
    return other.persona.richPresence.get(appId);
  };

  return {
    getPersonaName: () => (client.live ? user.name : ''),
    setPersonaName: (name) => {
      if (!client.live) return 0n;
      return client.startCall('SetPersonaNameResponse_t', () => {
        const bytes = byteLength(name);
        if (bytes === 0 || bytes >= PERSONA_NAME_MAX || !isWellFormedText(name)) {
          return { m_bSuccess: false, m_bLocalSuccess: false, m_result: EResult.InvalidParam };
        }
        if (name !== user.name) {
          persona.formerNames.unshift(user.name);
          user.name = name;
          // After the call result (a zero delay runs after this action): every client that knows the user, its own included.
          postPersonaChange(watchersOf(universe, self, true), self, EPersonaChange.Name, 0);
        }
        return { m_bSuccess: true, m_bLocalSuccess: true, m_result: EResult.OK };
      });
    },
    getPersonaState: () => (client.live ? persona.state : EPersonaState.Offline),
    getFriendCount: (flags) => (client.live ? listedUsers(universe, client, flags).length : -1),
    getFriendByIndex: (index, flags) => (client.live ? (listedUsers(universe, client, flags)[index] ?? 0n) : 0n),
    getFriendRelationship: (steamId) => (client.live ? persona.relationshipTo(steamId) : EFriendRelationship.None),
    getFriendPersonaState: (steamId) => {
      if (!client.live) return EPersonaState.Offline;
      if (steamId === self) return persona.state;
      const other = known(steamId);
      return other === undefined ? EPersonaState.Offline : visibleState(other);
    },
    getFriendPersonaName: (steamId) => {
      if (!client.live) return '';
      // What Steam answers for a user whose data has not arrived.
      return known(steamId)?.name ?? '[unknown]';
    },
    getFriendGamePlayed: (steamId) => {
      const other = client.live ? known(steamId) : undefined;
      const game = other === undefined ? null : gamePlayedOf(universe, other);
      if (game === null) return notPlaying;
      return { ok: true, gameId: game.gameId, gameIp: game.gameIp, gamePort: game.gamePort, queryPort: game.queryPort, lobbySteamId: game.lobbySteamId };
    },
    getFriendPersonaNameHistory: (steamId, index) => {
      const other = client.live ? known(steamId) : undefined;
      if (other === undefined || index < 0) return '';
      // Index 0 is the current name, then the former ones, most recent first.
      return [other.name, ...other.persona.formerNames][index] ?? '';
    },
    getFriendSteamLevel: (steamId) => {
      if (!client.live) return 0;
      const other = universe.users.get(steamId);
      if (other === undefined) return 0;
      if (steamId === self || persona.relationshipTo(steamId) !== EFriendRelationship.None || view.levels.has(steamId)) return other.steamLevel;
      // Not at hand: 0 now, and Steam downloads it (PersonaStateChange_t with k_EPersonaChangeSteamLevel).
      if (!view.pendingLevels.has(steamId)) {
        view.pendingLevels.add(steamId);
        client.postLater('PersonaStateChange_t', () => {
          view.pendingLevels.delete(steamId);
          view.levels.add(steamId);
          return { m_ulSteamID: steamId, m_nChangeFlags: EPersonaChange.SteamLevel };
        });
      }
      return 0;
    },
    getPlayerNickname: (steamId) => (client.live ? (persona.nicknames.get(steamId) ?? null) : null),
    getFriendsGroupCount: () => (client.live ? persona.friendsGroups.length : 0),
    getFriendsGroupIDByIndex: (index) => (client.live ? (persona.friendsGroups[index]?.id ?? -1) : -1),
    getFriendsGroupName: (groupId) => (client.live ? (persona.friendsGroups.find((group) => group.id === groupId)?.name ?? null) : null),
    getFriendsGroupMembersCount: (groupId) => (client.live ? (persona.friendsGroups.find((group) => group.id === groupId)?.members.length ?? 0) : 0),
    getFriendsGroupMembersList: (groupId, members) => {
      const group = client.live ? persona.friendsGroups.find((candidate) => candidate.id === groupId) : undefined;
      if (group === undefined) return;
      members.set(group.members.slice(0, members.length));
    },
    hasFriend: (steamId, flags) => client.live && listedUsers(universe, client, flags).includes(steamId),
    getClanCount: () => (client.live ? user.groups.length : 0),
    getClanByIndex: (index) => (client.live ? (clansOfUser(user)[index] ?? 0n) : 0n),
    getClanName: (clan) => (client.live && knownClan(clan) ? (clansOf(universe).get(clan)?.name ?? '') : ''),
    getClanTag: (clan) => (client.live && knownClan(clan) ? (clansOf(universe).get(clan)?.tag ?? '') : ''),
    getClanActivityCounts: (clan) => {
      if (!client.live || !knownClan(clan) || !clanExists(clan)) return noCounts;
      const members = clanMembers(universe, clan);
      return {
        ok: true,
        online: members.filter((member) => visibleState(member) !== EPersonaState.Offline).length,
        inGame: members.filter((member) => gamePlayedOf(universe, member) !== null).length,
        chatting: clansOf(universe).get(clan)?.chatting ?? 0,
      };
    },
    downloadClanActivityCounts: (clans) => {
      if (!client.live) return 0n;
      const asked = [...clans];
      return client.startCall('DownloadClanActivityCountsResult_t', () => {
        const existing = asked.filter(clanExists);
        for (const clan of existing) view.clansDownloaded.add(clan);
        return { m_bSuccess: asked.length > 0 && existing.length === asked.length };
      });
    },
    getFriendCountFromSource: (source) => (client.live ? sourceMembers(universe, client, source).length : 0),
    getFriendFromSourceByIndex: (source, index) => (client.live ? (sourceMembers(universe, client, source)[index] ?? 0n) : 0n),
    isUserInSource: (steamId, source) => client.live && sourceMembers(universe, client, source).includes(steamId),
    setInGameVoiceSpeaking: (steamId, speaking) => {
      if (!client.live) return;
      if (speaking) view.speaking.add(steamId);
      else view.speaking.delete(steamId);
    },
    activateGameOverlay: (dialog) => record({ kind: 'dialog', target: dialog, steamId: 0n, appId: 0, mode: 0 }),
    activateGameOverlayToUser: (dialog, steamId) => record({ kind: 'user', target: dialog, steamId, appId: 0, mode: 0 }),
    activateGameOverlayToWebPage: (url, mode) => record({ kind: 'webPage', target: url, steamId: 0n, appId: 0, mode }),
    activateGameOverlayToStore: (storeAppId, flag) => record({ kind: 'store', target: '', steamId: 0n, appId: storeAppId, mode: flag }),
    setPlayedWith: (steamId) => {
      if (!client.live || steamId === self || !universe.users.has(steamId)) return;
      persona.coplay.delete(steamId);
      persona.coplay.set(steamId, { time: Math.floor(universe.now() / 1000), appId });
    },
    activateGameOverlayInviteDialog: (lobby) => record({ kind: 'inviteDialog', target: '', steamId: lobby, appId: 0, mode: 0 }),
    getSmallFriendAvatar: (steamId) => {
      const other = client.live ? fullyKnown(steamId) : undefined;
      return other === undefined ? 0 : (avatarHandlesOf(universe, other)?.small ?? 0);
    },
    getMediumFriendAvatar: (steamId) => {
      const other = client.live ? fullyKnown(steamId) : undefined;
      return other === undefined ? 0 : (avatarHandlesOf(universe, other)?.medium ?? 0);
    },
    getLargeFriendAvatar: (steamId) => {
      const other = client.live ? fullyKnown(steamId) : undefined;
      if (other === undefined || avatarHandlesOf(universe, other) === null) return 0;
      const state = view.largeAvatars.get(steamId);
      if (state === 'loaded') return avatarHandlesOf(universe, other)?.large ?? 0;
      if (state === undefined) {
        // Not downloaded yet: -1 now, AvatarImageLoaded_t when it is (with the image as it is then).
        view.largeAvatars.set(steamId, 'loading');
        client.postLater('AvatarImageLoaded_t', () => {
          const handles = avatarHandlesOf(universe, other);
          if (view.largeAvatars.get(steamId) !== 'loading' || handles === null) return null;
          view.largeAvatars.set(steamId, 'loaded');
          return { m_steamID: steamId, m_iImage: handles.large, m_iWide: AVATAR_SIZES.large, m_iTall: AVATAR_SIZES.large };
        });
      }
      return -1;
    },
    requestUserInformation: (steamId, requireNameOnly) => {
      if (!client.live || !universe.users.has(steamId)) return false;
      const knowledge = knowledgeOf(client, steamId);
      if (knowledge === 'full' || (requireNameOnly && knowledge === 'name')) return false;
      const pending = view.pendingInfo.get(steamId);
      // Already on its way with at least what is asked for.
      if (pending !== undefined && (requireNameOnly || !pending)) return true;
      view.pendingInfo.set(steamId, requireNameOnly);
      client.postLater('PersonaStateChange_t', () => {
        const nameOnly = view.pendingInfo.get(steamId);
        view.pendingInfo.delete(steamId);
        if (nameOnly === undefined) return null;
        const before = knowledgeOf(client, steamId);
        if (!nameOnly) {
          view.learnt.set(steamId, 'full');
          view.levels.add(steamId);
        } else if (before === 'none') {
          view.learnt.set(steamId, 'name');
        }
        const first = before === 'none' ? EPersonaChange.Name | EPersonaChange.NameFirstSet : 0;
        const details = nameOnly ? 0 : EPersonaChange.Status | EPersonaChange.Avatar | EPersonaChange.SteamLevel;
        return { m_ulSteamID: steamId, m_nChangeFlags: first | details };
      });
      return true;
    },
    requestClanOfficerList: (clan) => {
      if (!client.live) return 0n;
      return client.startCall('ClanOfficerListResponse_t', () => {
        if (!clanExists(clan)) return { m_steamIDClan: clan, m_cOfficers: 0, m_bSuccess: 0 };
        view.officerLists.add(clan);
        return { m_steamIDClan: clan, m_cOfficers: officersOf(clan).length, m_bSuccess: 1 };
      });
    },
    getClanOwner: (clan) => (client.live && view.officerLists.has(clan) ? (clansOf(universe).get(clan)?.owner ?? 0n) : 0n),
    getClanOfficerCount: (clan) => (client.live && view.officerLists.has(clan) ? officersOf(clan).length : 0),
    getClanOfficerByIndex: (clan, index) => (client.live && view.officerLists.has(clan) ? (officersOf(clan)[index] ?? 0n) : 0n),
    getUserRestrictions: () => (client.live ? persona.userRestrictions : 0),
    setRichPresence: (key, value) => {
      if (!client.live || !isWellFormedText(key) || !isWellFormedText(value)) return false;
      return changeRichPresence(universe, user, appId, (keys) => applyRichPresence(keys, key, value));
    },
    clearRichPresence: () => {
      if (!client.live) return;
      changeRichPresence(universe, user, appId, (keys) => {
        keys.clear();
        return true;
      });
    },
    getFriendRichPresence: (steamId, key) => richPresenceOf(steamId)?.get(key) ?? '',
    getFriendRichPresenceKeyCount: (steamId) => richPresenceOf(steamId)?.size ?? 0,
    getFriendRichPresenceKeyByIndex: (steamId, index) => [...(richPresenceOf(steamId)?.keys() ?? [])][index] ?? '',
    requestFriendRichPresence: (steamId) => {
      if (!client.live || !universe.users.has(steamId)) return;
      client.postLater('FriendRichPresenceUpdate_t', () => {
        view.richPresenceRequested.add(steamId);
        return { m_steamIDFriend: steamId, m_nAppID: appId };
      });
    },
    inviteUserToGame: (steamId, connectString) => {
      const other = client.live ? universe.users.get(steamId) : undefined;
      if (other === undefined || steamId === self || !isWellFormedText(connectString) || byteLength(connectString) > CONNECT_STRING_MAX) return false;
      // A friend, or someone sharing a Steam group (Steamworks documentation of InviteUserToGame).
      const sharesClan = clansOfUser(user).some((clan) => clansOfUser(other).includes(clan));
      if (persona.relationshipTo(steamId) !== EFriendRelationship.Friend && !sharesClan) return false;
      other.persona.pendingInvites.push({ from: self, connectString, appId });
      return true;
    },
    getCoplayFriendCount: () => (client.live ? persona.coplay.size : 0),
    getCoplayFriend: (index) => (client.live ? ([...persona.coplay.keys()][index] ?? 0n) : 0n),
    getFriendCoplayTime: (steamId) => (client.live ? (persona.coplay.get(steamId)?.time ?? 0) : 0),
    getFriendCoplayGame: (steamId) => (client.live ? (persona.coplay.get(steamId)?.appId ?? 0) : 0),
    getFollowerCount: (steamId) => {
      if (!client.live) return 0n;
      return client.startCall('FriendsGetFollowerCount_t', () => {
        if (!universe.users.has(steamId)) return { m_eResult: EResult.InvalidSteamID, m_steamID: steamId, m_nCount: 0 };
        const count = [...universe.users.values()].filter((candidate) => candidate.persona.following.has(steamId)).length;
        return { m_eResult: EResult.OK, m_steamID: steamId, m_nCount: count };
      });
    },
    isFollowing: (steamId) => {
      if (!client.live) return 0n;
      return client.startCall('FriendsIsFollowing_t', () =>
        universe.users.has(steamId)
          ? { m_eResult: EResult.OK, m_steamID: steamId, m_bIsFollowing: persona.following.has(steamId) }
          : { m_eResult: EResult.InvalidSteamID, m_steamID: steamId, m_bIsFollowing: false },
      );
    },
    enumerateFollowingList: (startIndex) => {
      if (!client.live) return 0n;
      return client.startCall('FriendsEnumerateFollowingList_t', () => {
        const all = [...persona.following];
        const page = all.slice(Math.max(0, startIndex), Math.max(0, startIndex) + ENUMERATE_FOLLOWERS_MAX);
        const ids = new Uint8Array(ENUMERATE_FOLLOWERS_MAX * 8);
        const writer = new DataView(ids.buffer);
        page.forEach((steamId, index) => writer.setBigUint64(index * 8, steamId, true));
        return { m_eResult: EResult.OK, m_rgSteamID: ids, m_nResultsReturned: page.length, m_nTotalResultCount: all.length };
      });
    },
    isClanPublic: (clan) => client.live && (clansOf(universe).get(clan)?.public ?? false),
    isClanOfficialGameGroup: (clan) => client.live && (clansOf(universe).get(clan)?.officialGameGroup ?? false),
    getNumChatsWithUnreadPriorityMessages: () => (client.live ? persona.unreadPriorityChats : 0),
    activateGameOverlayRemotePlayTogetherInviteDialog: (lobby) =>
      record({ kind: 'remotePlayTogetherInviteDialog', target: '', steamId: lobby, appId: 0, mode: 0 }),
    registerProtocolInOverlayBrowser: (protocol) => {
      if (!client.live || protocol === '' || !isWellFormedText(protocol)) return false;
      view.protocols.add(protocol.toLowerCase());
      return true;
    },
    activateGameOverlayInviteDialogConnectString: (connectString) =>
      record({ kind: 'inviteDialogConnectString', target: connectString, steamId: 0n, appId: 0, mode: 0 }),
    requestEquippedProfileItems: (steamId) => {
      if (!client.live) return 0n;
      return client.startCall('EquippedProfileItems_t', (): Readonly<Record<string, FieldValue>> => {
        const other = universe.users.get(steamId);
        if (other === undefined) return { m_eResult: EResult.InvalidSteamID, m_steamID: steamId };
        view.profileItemsLoaded.add(steamId);
        const has = (type: number): boolean => other.persona.profileItems.some((item) => item.type === type);
        return {
          m_eResult: EResult.OK,
          m_steamID: steamId,
          m_bHasAnimatedAvatar: has(ECommunityProfileItemType.AnimatedAvatar),
          m_bHasAvatarFrame: has(ECommunityProfileItemType.AvatarFrame),
          m_bHasProfileModifier: has(ECommunityProfileItemType.ProfileModifier),
          m_bHasProfileBackground: has(ECommunityProfileItemType.ProfileBackground),
          m_bHasMiniProfileBackground: has(ECommunityProfileItemType.MiniProfileBackground),
        };
      });
    },
    hasEquippedProfileItem: (steamId, itemType) =>
      client.live && view.profileItemsLoaded.has(steamId) && (universe.users.get(steamId)?.persona.profileItems.some((item) => item.type === itemType) ?? false),
    getProfileItemPropertyString: (steamId, itemType, property) => {
      if (!client.live || !view.profileItemsLoaded.has(steamId)) return '';
      return universe.users.get(steamId)?.persona.profileItems.find((item) => item.type === itemType)?.strings?.[property] ?? '';
    },
    getProfileItemPropertyUint: (steamId, itemType, property) => {
      if (!client.live || !view.profileItemsLoaded.has(steamId)) return 0;
      return universe.users.get(steamId)?.persona.profileItems.find((item) => item.type === itemType)?.numbers?.[property] ?? 0;
    },
  };
};
