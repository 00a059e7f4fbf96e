/**
 * One typed stream per ISteamFriends signal of the client pipe. A call-result struct (SetPersonaNameResponse_t,
 * the follower results, ClanOfficerListResponse_t, DownloadClanActivityCountsResult_t, EquippedProfileItems_t)
 * appears on its stream whether it came as a callback or as a call result. See signal-router.ts for
 * sharing, decode-once and error rules.
 */
import type { Observable } from 'rxjs';
import type { Platform, RawCallback } from '../native/steam-core';
import type { DecodeError } from './decode-error';
import { friendsSignals } from './friends-signals';
import { createSignalTableStreams } from './signal-router';
import type { AvatarImageLoaded } from './signals/avatar-image-loaded';
import type { ClanOfficerListResponse } from './signals/clan-officer-list-response';
import type { DownloadClanActivityCountsResult } from './signals/download-clan-activity-counts-result';
import type { EquippedProfileItems } from './signals/equipped-profile-items';
import type { EquippedProfileItemsChanged } from './signals/equipped-profile-items-changed';
import type { FriendRichPresenceUpdate } from './signals/friend-rich-presence-update';
import type { FriendsEnumerateFollowingList } from './signals/friends-enumerate-following-list';
import type { FriendsGetFollowerCount } from './signals/friends-get-follower-count';
import type { FriendsIsFollowing } from './signals/friends-is-following';
import type { GameLobbyJoinRequested } from './signals/game-lobby-join-requested';
import type { GameOverlayActivated } from './signals/game-overlay-activated';
import type { GameRichPresenceJoinRequested } from './signals/game-rich-presence-join-requested';
import type { GameServerChangeRequested } from './signals/game-server-change-requested';
import type { OverlayBrowserProtocolNavigation } from './signals/overlay-browser-protocol-navigation';
import type { PersonaStateChange } from './signals/persona-state-change';
import type { SetPersonaNameResponse } from './signals/set-persona-name-response';
import type { UnreadChatMessagesChanged } from './signals/unread-chat-messages-changed';

/** The typed streams of ISteamFriends, one per signal, and their decode errors. */
export interface FriendsStreams {
  /** PersonaStateChange_t (304): A user's persona data changed or arrived. */
  readonly personaStateChange$: Observable<PersonaStateChange>;
  /** GameOverlayActivated_t (331): The Steam overlay opened or closed. */
  readonly gameOverlayActivated$: Observable<GameOverlayActivated>;
  /** GameServerChangeRequested_t (332): The user asked to join a game server from the Steam UI. */
  readonly gameServerChangeRequested$: Observable<GameServerChangeRequested>;
  /** GameLobbyJoinRequested_t (333): The user accepted a lobby invite or joined a friend's lobby from the Steam UI. */
  readonly gameLobbyJoinRequested$: Observable<GameLobbyJoinRequested>;
  /** AvatarImageLoaded_t (334): An avatar image finished loading. */
  readonly avatarImageLoaded$: Observable<AvatarImageLoaded>;
  /** ClanOfficerListResponse_t (335): Call result of RequestClanOfficerList. */
  readonly clanOfficerListResponse$: Observable<ClanOfficerListResponse>;
  /** FriendRichPresenceUpdate_t (336): A user's rich presence changed or arrived. */
  readonly friendRichPresenceUpdate$: Observable<FriendRichPresenceUpdate>;
  /** GameRichPresenceJoinRequested_t (337): The user accepted a game invite or joined a friend through their rich presence. */
  readonly gameRichPresenceJoinRequested$: Observable<GameRichPresenceJoinRequested>;
  /** DownloadClanActivityCountsResult_t (341): Call result of DownloadClanActivityCounts. */
  readonly downloadClanActivityCountsResult$: Observable<DownloadClanActivityCountsResult>;
  /** FriendsGetFollowerCount_t (344): Call result of GetFollowerCount. */
  readonly friendsGetFollowerCount$: Observable<FriendsGetFollowerCount>;
  /** FriendsIsFollowing_t (345): Call result of IsFollowing. */
  readonly friendsIsFollowing$: Observable<FriendsIsFollowing>;
  /** FriendsEnumerateFollowingList_t (346): Call result of EnumerateFollowingList. */
  readonly friendsEnumerateFollowingList$: Observable<FriendsEnumerateFollowingList>;
  /** SetPersonaNameResponse_t (347): Call result of SetPersonaName. */
  readonly setPersonaNameResponse$: Observable<SetPersonaNameResponse>;
  /** UnreadChatMessagesChanged_t (348): The number of chats with unread priority messages may have changed; no members. */
  readonly unreadChatMessagesChanged$: Observable<UnreadChatMessagesChanged>;
  /** OverlayBrowserProtocolNavigation_t (349): The overlay browser opened a URI of a protocol the game registered. */
  readonly overlayBrowserProtocolNavigation$: Observable<OverlayBrowserProtocolNavigation>;
  /** EquippedProfileItemsChanged_t (350): A user's equipped profile items changed. */
  readonly equippedProfileItemsChanged$: Observable<EquippedProfileItemsChanged>;
  /** EquippedProfileItems_t (351): Call result of RequestEquippedProfileItems. */
  readonly equippedProfileItems$: Observable<EquippedProfileItems>;
  /** Messages of the signals above whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** The client pipe's Friends streams on `platform`'s struct layouts, from the core's single source. */
export const createFriendsStreams = (callbacks$: Observable<RawCallback>, platform: Platform): FriendsStreams =>
  createSignalTableStreams(callbacks$, 'client', platform, friendsSignals);
