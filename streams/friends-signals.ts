/** The signals of ISteamFriends (the client pipe), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { personaStateChangeSignal } from './signals/persona-state-change';
import type { gameOverlayActivatedSignal } from './signals/game-overlay-activated';
import type { gameServerChangeRequestedSignal } from './signals/game-server-change-requested';
import type { gameLobbyJoinRequestedSignal } from './signals/game-lobby-join-requested';
import type { avatarImageLoadedSignal } from './signals/avatar-image-loaded';
import type { clanOfficerListResponseSignal } from './signals/clan-officer-list-response';
import type { friendRichPresenceUpdateSignal } from './signals/friend-rich-presence-update';
import type { gameRichPresenceJoinRequestedSignal } from './signals/game-rich-presence-join-requested';
import type { downloadClanActivityCountsResultSignal } from './signals/download-clan-activity-counts-result';
import type { friendsGetFollowerCountSignal } from './signals/friends-get-follower-count';
import type { friendsIsFollowingSignal } from './signals/friends-is-following';
import type { friendsEnumerateFollowingListSignal } from './signals/friends-enumerate-following-list';
import type { setPersonaNameResponseSignal } from './signals/set-persona-name-response';
import type { unreadChatMessagesChangedSignal } from './signals/unread-chat-messages-changed';
import type { overlayBrowserProtocolNavigationSignal } from './signals/overlay-browser-protocol-navigation';
import type { equippedProfileItemsChangedSignal } from './signals/equipped-profile-items-changed';
import type { equippedProfileItemsSignal } from './signals/equipped-profile-items';

/** Every ISteamFriends signal (but the clan chat and chat message ones), by payload name: the definitions createFriendsStreams routes. */
export const friendsSignals = lazySignalTable<{
  readonly personaStateChange: typeof personaStateChangeSignal;
  readonly gameOverlayActivated: typeof gameOverlayActivatedSignal;
  readonly gameServerChangeRequested: typeof gameServerChangeRequestedSignal;
  readonly gameLobbyJoinRequested: typeof gameLobbyJoinRequestedSignal;
  readonly avatarImageLoaded: typeof avatarImageLoadedSignal;
  readonly clanOfficerListResponse: typeof clanOfficerListResponseSignal;
  readonly friendRichPresenceUpdate: typeof friendRichPresenceUpdateSignal;
  readonly gameRichPresenceJoinRequested: typeof gameRichPresenceJoinRequestedSignal;
  readonly downloadClanActivityCountsResult: typeof downloadClanActivityCountsResultSignal;
  readonly friendsGetFollowerCount: typeof friendsGetFollowerCountSignal;
  readonly friendsIsFollowing: typeof friendsIsFollowingSignal;
  readonly friendsEnumerateFollowingList: typeof friendsEnumerateFollowingListSignal;
  readonly setPersonaNameResponse: typeof setPersonaNameResponseSignal;
  readonly unreadChatMessagesChanged: typeof unreadChatMessagesChangedSignal;
  readonly overlayBrowserProtocolNavigation: typeof overlayBrowserProtocolNavigationSignal;
  readonly equippedProfileItemsChanged: typeof equippedProfileItemsChangedSignal;
  readonly equippedProfileItems: typeof equippedProfileItemsSignal;
}>({
  personaStateChange: { struct: 'PersonaStateChange_t', load: () => (require('./signals/persona-state-change') as typeof import('./signals/persona-state-change')).personaStateChangeSignal },
  gameOverlayActivated: { struct: 'GameOverlayActivated_t', load: () => (require('./signals/game-overlay-activated') as typeof import('./signals/game-overlay-activated')).gameOverlayActivatedSignal },
  gameServerChangeRequested: { struct: 'GameServerChangeRequested_t', load: () => (require('./signals/game-server-change-requested') as typeof import('./signals/game-server-change-requested')).gameServerChangeRequestedSignal },
  gameLobbyJoinRequested: { struct: 'GameLobbyJoinRequested_t', load: () => (require('./signals/game-lobby-join-requested') as typeof import('./signals/game-lobby-join-requested')).gameLobbyJoinRequestedSignal },
  avatarImageLoaded: { struct: 'AvatarImageLoaded_t', load: () => (require('./signals/avatar-image-loaded') as typeof import('./signals/avatar-image-loaded')).avatarImageLoadedSignal },
  clanOfficerListResponse: { struct: 'ClanOfficerListResponse_t', load: () => (require('./signals/clan-officer-list-response') as typeof import('./signals/clan-officer-list-response')).clanOfficerListResponseSignal },
  friendRichPresenceUpdate: { struct: 'FriendRichPresenceUpdate_t', load: () => (require('./signals/friend-rich-presence-update') as typeof import('./signals/friend-rich-presence-update')).friendRichPresenceUpdateSignal },
  gameRichPresenceJoinRequested: { struct: 'GameRichPresenceJoinRequested_t', load: () => (require('./signals/game-rich-presence-join-requested') as typeof import('./signals/game-rich-presence-join-requested')).gameRichPresenceJoinRequestedSignal },
  downloadClanActivityCountsResult: { struct: 'DownloadClanActivityCountsResult_t', load: () => (require('./signals/download-clan-activity-counts-result') as typeof import('./signals/download-clan-activity-counts-result')).downloadClanActivityCountsResultSignal },
  friendsGetFollowerCount: { struct: 'FriendsGetFollowerCount_t', load: () => (require('./signals/friends-get-follower-count') as typeof import('./signals/friends-get-follower-count')).friendsGetFollowerCountSignal },
  friendsIsFollowing: { struct: 'FriendsIsFollowing_t', load: () => (require('./signals/friends-is-following') as typeof import('./signals/friends-is-following')).friendsIsFollowingSignal },
  friendsEnumerateFollowingList: { struct: 'FriendsEnumerateFollowingList_t', load: () => (require('./signals/friends-enumerate-following-list') as typeof import('./signals/friends-enumerate-following-list')).friendsEnumerateFollowingListSignal },
  setPersonaNameResponse: { struct: 'SetPersonaNameResponse_t', load: () => (require('./signals/set-persona-name-response') as typeof import('./signals/set-persona-name-response')).setPersonaNameResponseSignal },
  unreadChatMessagesChanged: { struct: 'UnreadChatMessagesChanged_t', load: () => (require('./signals/unread-chat-messages-changed') as typeof import('./signals/unread-chat-messages-changed')).unreadChatMessagesChangedSignal },
  overlayBrowserProtocolNavigation: { struct: 'OverlayBrowserProtocolNavigation_t', load: () => (require('./signals/overlay-browser-protocol-navigation') as typeof import('./signals/overlay-browser-protocol-navigation')).overlayBrowserProtocolNavigationSignal },
  equippedProfileItemsChanged: { struct: 'EquippedProfileItemsChanged_t', load: () => (require('./signals/equipped-profile-items-changed') as typeof import('./signals/equipped-profile-items-changed')).equippedProfileItemsChangedSignal },
  equippedProfileItems: { struct: 'EquippedProfileItems_t', load: () => (require('./signals/equipped-profile-items') as typeof import('./signals/equipped-profile-items')).equippedProfileItemsSignal },
});
