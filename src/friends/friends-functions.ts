/**
 * ISteamFriends as the `friends` namespace of a client: queries answer plain values, the call
 * results are Observables of Either, the interface's callbacks are typed streams scoped to the
 * session, and the reactive forms (persona$, friends$, avatar$, richPresence$, overlayActive$)
 * stand where a game would otherwise poll or juggle callbacks. Every function throws
 * NotInitialized after shutdown and InvalidArgument for a wrong argument, at call time.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import { EResult } from '../../native/enums';
import type { FriendsPort, Platform, RawCallback } from '../../native/steam-core';
import type { CallResultError } from '../../streams/call-result';
import { createFriendsStreams, type FriendsStreams } from '../../streams/friends-streams';
import { signalDecoders } from '../../streams/signal-decoders';
import type { ClanOfficerListResponse } from '../../streams/signals/clan-officer-list-response';
import type { DownloadClanActivityCountsResult } from '../../streams/signals/download-clan-activity-counts-result';
import type { EquippedProfileItems } from '../../streams/signals/equipped-profile-items';
import type { FriendsEnumerateFollowingList } from '../../streams/signals/friends-enumerate-following-list';
import type { FriendsGetFollowerCount } from '../../streams/signals/friends-get-follower-count';
import type { FriendsIsFollowing } from '../../streams/signals/friends-is-following';
import type { SetPersonaNameResponse } from '../../streams/signals/set-persona-name-response';
import { CallFailed, InvalidArgument, steamResultError, type NotInitialized, type SteamResultError } from '../errors';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { okOr, steamCall } from '../session/steam-call';
import { streamsUntilShutdown } from '../session/until-shutdown';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import type { SteamImage } from '../utils/utils-functions';
import { boolean, cString, enumValue, INT32_MAX, integerIn, UINT32_MAX } from '../validation/arguments';
import { describeValue } from '../validation/describe-value';
import { steamIdArgument } from '../validation/steam-id-argument';
import {
  CommunityProfileItemProperty,
  CommunityProfileItemType,
  OverlayToStoreFlag,
  OverlayToWebPageMode,
  type FriendFlags,
  type FriendRelationship,
  type PersonaState,
  type UserRestriction,
} from './friends-enums';
import { friendFlagsArgument, friendsReactive, type FriendsReactive } from './friends-reactive';
import { readFriendGame, type FriendGame } from './friend-game';

/** Why a Friends call result gave no answer: the call result failed, Steam answered an EResult or said no (CallFailed), or shutdown. */
export type FriendsCallError = CallResultError | SteamResultError | CallFailed | NotInitialized;

/** A clan's activity, as GetClanActivityCounts gives it. */
export interface ClanActivity {
  /** Members online. */
  readonly online: number;
  /** Members in a game. */
  readonly inGame: number;
  /** Members in the clan's chat. */
  readonly chatting: number;
}

/** ISteamFriends' callbacks and call results, one typed stream per signal; each completes at shutdown. */
export interface FriendsSignals {
  /** A user's persona data changed or arrived (PersonaStateChange_t); persona$ follows one user. */
  readonly personaStateChange$: FriendsStreams['personaStateChange$'];
  /** The overlay opened or closed (GameOverlayActivated_t); overlayActive$ gives just the flag. */
  readonly gameOverlayActivated$: FriendsStreams['gameOverlayActivated$'];
  /** The user asked to join a game server from the Steam UI (GameServerChangeRequested_t). */
  readonly gameServerChangeRequested$: FriendsStreams['gameServerChangeRequested$'];
  /** The user accepted a lobby invite or joined a friend's lobby (GameLobbyJoinRequested_t). */
  readonly gameLobbyJoinRequested$: FriendsStreams['gameLobbyJoinRequested$'];
  /** An avatar finished loading (AvatarImageLoaded_t); avatar$ waits for it. */
  readonly avatarImageLoaded$: FriendsStreams['avatarImageLoaded$'];
  /** Every requestClanOfficerList answer (ClanOfficerListResponse_t). */
  readonly clanOfficerListResponse$: FriendsStreams['clanOfficerListResponse$'];
  /** A user's rich presence changed or arrived (FriendRichPresenceUpdate_t); richPresence$ follows one user. */
  readonly friendRichPresenceUpdate$: FriendsStreams['friendRichPresenceUpdate$'];
  /** The user accepted a game invite or joined a friend (GameRichPresenceJoinRequested_t): its connect string. */
  readonly gameRichPresenceJoinRequested$: FriendsStreams['gameRichPresenceJoinRequested$'];
  /** Every downloadClanActivityCounts answer (DownloadClanActivityCountsResult_t). */
  readonly downloadClanActivityCountsResult$: FriendsStreams['downloadClanActivityCountsResult$'];
  /** Every getFollowerCount answer (FriendsGetFollowerCount_t). */
  readonly friendsGetFollowerCount$: FriendsStreams['friendsGetFollowerCount$'];
  /** Every isFollowing answer (FriendsIsFollowing_t). */
  readonly friendsIsFollowing$: FriendsStreams['friendsIsFollowing$'];
  /** Every enumerateFollowingList answer (FriendsEnumerateFollowingList_t). */
  readonly friendsEnumerateFollowingList$: FriendsStreams['friendsEnumerateFollowingList$'];
  /** Every setPersonaName answer (SetPersonaNameResponse_t). */
  readonly setPersonaNameResponse$: FriendsStreams['setPersonaNameResponse$'];
  /** The count of chats with unread priority messages may have changed (UnreadChatMessagesChanged_t). */
  readonly unreadChatMessagesChanged$: FriendsStreams['unreadChatMessagesChanged$'];
  /** The overlay browser opened a URI of a registered protocol (OverlayBrowserProtocolNavigation_t). */
  readonly overlayBrowserProtocolNavigation$: FriendsStreams['overlayBrowserProtocolNavigation$'];
  /** A user's equipped profile items changed (EquippedProfileItemsChanged_t). */
  readonly equippedProfileItemsChanged$: FriendsStreams['equippedProfileItemsChanged$'];
  /** Every requestEquippedProfileItems answer (EquippedProfileItems_t; Steam also broadcasts it). */
  readonly equippedProfileItems$: FriendsStreams['equippedProfileItems$'];
  /** Friends callbacks whose bytes did not decode. */
  readonly decodeErrors$: FriendsStreams['decodeErrors$'];
}

/**
 * ISteamFriends (SteamFriends017), as `client.friends`: the current user's persona, friends and
 * their personas, avatars, rich presence, the overlay, invites, coplay, clans and followers. Clan
 * chat rooms and chat messages are not covered. Steam IDs are bigints or any text form SteamId parses.
 *
 * @example
 * ```ts
 * client.friends.persona$(friendId).subscribe((persona) => console.log(`${persona.name} is ${persona.state}`));
 * client.friends.setRichPresence('status', 'In the main menu');
 * ```
 */
export interface SteamFriends extends FriendsSignals, FriendsReactive {
  /** The current user's persona name. Flat: SteamAPI_ISteamFriends_GetPersonaName. */
  readonly getPersonaName: () => string;
  /**
   * Changes the current user's persona name. Flat: SteamAPI_ISteamFriends_SetPersonaName,
   * SetPersonaNameResponse_t. Failures: SteamResultError (Steam's EResult), CallFailed (not changed
   * though Steam said OK), CallResultError, NotInitialized. Throws InvalidArgument for a name with a
   * NUL or over 127 bytes.
   */
  readonly setPersonaName: (name: string) => Observable<Either<FriendsCallError, SetPersonaNameResponse>>;
  /** The current user's online status. Flat: SteamAPI_ISteamFriends_GetPersonaState. */
  readonly getPersonaState: () => PersonaState;
  /** How many users match the FriendFlags (-1 when Steam cannot say, e.g. offline). Flat: SteamAPI_ISteamFriends_GetFriendCount. Throws InvalidArgument for flags not in 0..0xFFFF. */
  readonly getFriendCount: (friendFlags: FriendFlags) => number;
  /** The index-th user matching the FriendFlags (0n out of range). Flat: SteamAPI_ISteamFriends_GetFriendByIndex. Throws InvalidArgument for a bad index or flags. */
  readonly getFriendByIndex: (index: number, friendFlags: FriendFlags) => bigint;
  /** How the current user relates to a user. Flat: SteamAPI_ISteamFriends_GetFriendRelationship. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendRelationship: (steamId: SteamIdInput) => FriendRelationship;
  /** A user's online status (Offline until Steam knows them). Flat: SteamAPI_ISteamFriends_GetFriendPersonaState. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendPersonaState: (steamId: SteamIdInput) => PersonaState;
  /** A user's persona name (Steam answers '[unknown]' until it knows them; see persona$). Flat: SteamAPI_ISteamFriends_GetFriendPersonaName. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendPersonaName: (steamId: SteamIdInput) => string;
  /** The game a user is playing, or null when none (not being in a game is no failure). Flat: SteamAPI_ISteamFriends_GetFriendGamePlayed. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendGamePlayed: (steamId: SteamIdInput) => FriendGame | null;
  /** A user's index-th former name, 0 the latest ('' past the last). Flat: SteamAPI_ISteamFriends_GetFriendPersonaNameHistory. Throws InvalidArgument for a bad Steam ID or index. */
  readonly getFriendPersonaNameHistory: (steamId: SteamIdInput, index: number) => string;
  /** A user's Steam level (0 until Steam knows it). Flat: SteamAPI_ISteamFriends_GetFriendSteamLevel. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendSteamLevel: (steamId: SteamIdInput) => number;
  /** The nickname the current user gave a player, or null when none. Flat: SteamAPI_ISteamFriends_GetPlayerNickname. Throws InvalidArgument for a bad Steam ID. */
  readonly getPlayerNickname: (steamId: SteamIdInput) => string | null;
  /** How many friends groups (tags) the current user has. Flat: SteamAPI_ISteamFriends_GetFriendsGroupCount. */
  readonly getFriendsGroupCount: () => number;
  /** The ID of the index-th friends group (-1 out of range). Flat: SteamAPI_ISteamFriends_GetFriendsGroupIDByIndex. Throws InvalidArgument for a bad index. */
  readonly getFriendsGroupIDByIndex: (index: number) => number;
  /** A friends group's name, or null for no such group. Flat: SteamAPI_ISteamFriends_GetFriendsGroupName. Throws InvalidArgument for an ID not in -32768..32767. */
  readonly getFriendsGroupName: (groupId: number) => string | null;
  /** How many members a friends group has. Flat: SteamAPI_ISteamFriends_GetFriendsGroupMembersCount. Throws InvalidArgument for a bad group ID. */
  readonly getFriendsGroupMembersCount: (groupId: number) => number;
  /** A friends group's members (GetFriendsGroupMembersCount, then the list). Flat: SteamAPI_ISteamFriends_GetFriendsGroupMembersList. Throws InvalidArgument for a bad group ID. */
  readonly getFriendsGroupMembersList: (groupId: number) => readonly bigint[];
  /** Whether a user matches the FriendFlags. Flat: SteamAPI_ISteamFriends_HasFriend. Throws InvalidArgument for a bad Steam ID or flags. */
  readonly hasFriend: (steamId: SteamIdInput, friendFlags: FriendFlags) => boolean;
  /** How many clans (Steam groups) the current user is in. Flat: SteamAPI_ISteamFriends_GetClanCount. */
  readonly getClanCount: () => number;
  /** The index-th clan's Steam ID (0n out of range). Flat: SteamAPI_ISteamFriends_GetClanByIndex. Throws InvalidArgument for a bad index. */
  readonly getClanByIndex: (index: number) => bigint;
  /** A clan's name ('' when unknown). Flat: SteamAPI_ISteamFriends_GetClanName. Throws InvalidArgument for a bad Steam ID. */
  readonly getClanName: (clanSteamId: SteamIdInput) => string;
  /** A clan's tag ('' when unknown). Flat: SteamAPI_ISteamFriends_GetClanTag. Throws InvalidArgument for a bad Steam ID. */
  readonly getClanTag: (clanSteamId: SteamIdInput) => string;
  /**
   * A clan's activity counts (download them first with downloadClanActivityCounts). Flat:
   * SteamAPI_ISteamFriends_GetClanActivityCounts. Failures: Left(CallFailed) when Steam has none.
   * Throws InvalidArgument for a bad Steam ID.
   */
  readonly getClanActivityCounts: (clanSteamId: SteamIdInput) => Either<CallFailed, ClanActivity>;
  /**
   * Downloads the activity counts of 1 to 1024 clans. Flat: SteamAPI_ISteamFriends_DownloadClanActivityCounts,
   * DownloadClanActivityCountsResult_t. Failures: CallFailed (not downloaded), CallResultError,
   * NotInitialized. Throws InvalidArgument for anything but an array of 1 to 1024 Steam IDs.
   */
  readonly downloadClanActivityCounts: (clanSteamIds: readonly SteamIdInput[]) => Observable<Either<FriendsCallError, DownloadClanActivityCountsResult>>;
  /** How many users of a source (clan, chat, game server) the current user can see. Flat: SteamAPI_ISteamFriends_GetFriendCountFromSource. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendCountFromSource: (sourceSteamId: SteamIdInput) => number;
  /** The index-th user of a source (0n out of range). Flat: SteamAPI_ISteamFriends_GetFriendFromSourceByIndex. Throws InvalidArgument for a bad Steam ID or index. */
  readonly getFriendFromSourceByIndex: (sourceSteamId: SteamIdInput, index: number) => bigint;
  /** Whether a user is in a source. Flat: SteamAPI_ISteamFriends_IsUserInSource. Throws InvalidArgument for a bad Steam ID. */
  readonly isUserInSource: (userSteamId: SteamIdInput, sourceSteamId: SteamIdInput) => boolean;
  /** Tells Steam a user is speaking in the game's own voice chat (for the Steam UI). Flat: SteamAPI_ISteamFriends_SetInGameVoiceSpeaking. Throws InvalidArgument for a bad Steam ID or a non-boolean. */
  readonly setInGameVoiceSpeaking: (userSteamId: SteamIdInput, speaking: boolean) => void;
  /** Opens the overlay at a dialog: "friends", "community", "players", "settings", "officialgamegroup", "stats", "achievements". Flat: SteamAPI_ISteamFriends_ActivateGameOverlay. Throws InvalidArgument for a bad string. */
  readonly activateGameOverlay: (dialog: string) => void;
  /** Opens the overlay at a user dialog: "steamid", "chat", "jointrade", "stats", "achievements", "friendadd", "friendremove", "friendrequestaccept", "friendrequestignore". Flat: SteamAPI_ISteamFriends_ActivateGameOverlayToUser. Throws InvalidArgument for a bad string or Steam ID. */
  readonly activateGameOverlayToUser: (dialog: string, steamId: SteamIdInput) => void;
  /** Opens the overlay's browser at a URL (starting http:// or https://). Flat: SteamAPI_ISteamFriends_ActivateGameOverlayToWebPage. Throws InvalidArgument for a bad URL string or mode. */
  readonly activateGameOverlayToWebPage: (url: string, mode?: OverlayToWebPageMode) => void;
  /** Opens the overlay at an app's store page. Flat: SteamAPI_ISteamFriends_ActivateGameOverlayToStore. Throws InvalidArgument for a bad app ID or flag. */
  readonly activateGameOverlayToStore: (appId: number, flag?: OverlayToStoreFlag) => void;
  /** Marks a user as recently played with (for the Steam UI). Flat: SteamAPI_ISteamFriends_SetPlayedWith. Throws InvalidArgument for a bad Steam ID. */
  readonly setPlayedWith: (steamId: SteamIdInput) => void;
  /** Opens the overlay's invite dialog for a lobby. Flat: SteamAPI_ISteamFriends_ActivateGameOverlayInviteDialog. Throws InvalidArgument for a bad Steam ID. */
  readonly activateGameOverlayInviteDialog: (lobbySteamId: SteamIdInput) => void;
  /** A user's 32×32 avatar handle: 0 none, -1 loading (AvatarImageLoaded_t follows); avatar$ reads the pixels. Flat: SteamAPI_ISteamFriends_GetSmallFriendAvatar. Throws InvalidArgument for a bad Steam ID. */
  readonly getSmallFriendAvatar: (steamId: SteamIdInput) => number;
  /** A user's 64×64 avatar handle: 0 none, -1 loading. Flat: SteamAPI_ISteamFriends_GetMediumFriendAvatar. Throws InvalidArgument for a bad Steam ID. */
  readonly getMediumFriendAvatar: (steamId: SteamIdInput) => number;
  /** A user's 184×184 avatar handle: 0 none, -1 loading. Flat: SteamAPI_ISteamFriends_GetLargeFriendAvatar. Throws InvalidArgument for a bad Steam ID. */
  readonly getLargeFriendAvatar: (steamId: SteamIdInput) => number;
  /**
   * Asks Steam for a user's persona (and avatar unless requireNameOnly): true when it is being
   * fetched (PersonaStateChange_t follows), false when Steam already has it. persona$ does this.
   * Flat: SteamAPI_ISteamFriends_RequestUserInformation. Throws InvalidArgument for a bad Steam ID or a non-boolean.
   */
  readonly requestUserInformation: (steamId: SteamIdInput, requireNameOnly: boolean) => boolean;
  /**
   * Fetches a clan's officer list (read it with getClanOwner / getClanOfficerByIndex). Flat:
   * SteamAPI_ISteamFriends_RequestClanOfficerList, ClanOfficerListResponse_t. Failures: CallFailed
   * (no list), CallResultError, NotInitialized. Throws InvalidArgument for a bad Steam ID.
   */
  readonly requestClanOfficerList: (clanSteamId: SteamIdInput) => Observable<Either<FriendsCallError, ClanOfficerListResponse>>;
  /** A clan's owner (0n until its officer list arrived). Flat: SteamAPI_ISteamFriends_GetClanOwner. Throws InvalidArgument for a bad Steam ID. */
  readonly getClanOwner: (clanSteamId: SteamIdInput) => bigint;
  /** How many officers a clan has. Flat: SteamAPI_ISteamFriends_GetClanOfficerCount. Throws InvalidArgument for a bad Steam ID. */
  readonly getClanOfficerCount: (clanSteamId: SteamIdInput) => number;
  /** A clan's index-th officer (0n out of range). Flat: SteamAPI_ISteamFriends_GetClanOfficerByIndex. Throws InvalidArgument for a bad Steam ID or index. */
  readonly getClanOfficerByIndex: (clanSteamId: SteamIdInput, index: number) => bigint;
  /** What the current user may not do: UserRestriction bits. Flat: SteamAPI_ISteamFriends_GetUserRestrictions. */
  readonly getUserRestrictions: () => UserRestriction;
  /**
   * Sets a rich presence key of the current user ('' deletes it); false when refused (key over 64
   * bytes, value over 256, more than 30 keys). Flat: SteamAPI_ISteamFriends_SetRichPresence.
   * Throws InvalidArgument for a non-string or a string with a NUL.
   */
  readonly setRichPresence: (key: string, value: string) => boolean;
  /** Deletes every rich presence key of the current user. Flat: SteamAPI_ISteamFriends_ClearRichPresence. */
  readonly clearRichPresence: () => void;
  /** A user's rich presence value for a key ('' when unset). Flat: SteamAPI_ISteamFriends_GetFriendRichPresence. Throws InvalidArgument for a bad Steam ID or key. */
  readonly getFriendRichPresence: (steamId: SteamIdInput, key: string) => string;
  /** How many rich presence keys a user has. Flat: SteamAPI_ISteamFriends_GetFriendRichPresenceKeyCount. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendRichPresenceKeyCount: (steamId: SteamIdInput) => number;
  /** A user's index-th rich presence key ('' out of range). Flat: SteamAPI_ISteamFriends_GetFriendRichPresenceKeyByIndex. Throws InvalidArgument for a bad Steam ID or index. */
  readonly getFriendRichPresenceKeyByIndex: (steamId: SteamIdInput, index: number) => string;
  /** Asks for a user's rich presence (FriendRichPresenceUpdate_t follows); richPresence$ does this. Flat: SteamAPI_ISteamFriends_RequestFriendRichPresence. Throws InvalidArgument for a bad Steam ID. */
  readonly requestFriendRichPresence: (steamId: SteamIdInput) => void;
  /** Invites a friend to the game with a connect string (they get GameRichPresenceJoinRequested_t); false when refused. Flat: SteamAPI_ISteamFriends_InviteUserToGame. Throws InvalidArgument for a bad Steam ID or string. */
  readonly inviteUserToGame: (steamId: SteamIdInput, connectString: string) => boolean;
  /** How many users the current user recently played with. Flat: SteamAPI_ISteamFriends_GetCoplayFriendCount. */
  readonly getCoplayFriendCount: () => number;
  /** The index-th recently played-with user (0n out of range). Flat: SteamAPI_ISteamFriends_GetCoplayFriend. Throws InvalidArgument for a bad index. */
  readonly getCoplayFriend: (index: number) => bigint;
  /** When the current user last played with a user, in Unix seconds. Flat: SteamAPI_ISteamFriends_GetFriendCoplayTime. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendCoplayTime: (steamId: SteamIdInput) => number;
  /** The app they played together. Flat: SteamAPI_ISteamFriends_GetFriendCoplayGame. Throws InvalidArgument for a bad Steam ID. */
  readonly getFriendCoplayGame: (steamId: SteamIdInput) => number;
  /**
   * How many users follow a user. Flat: SteamAPI_ISteamFriends_GetFollowerCount,
   * FriendsGetFollowerCount_t. Failures: SteamResultError, CallResultError, NotInitialized. Throws
   * InvalidArgument for a bad Steam ID.
   */
  readonly getFollowerCount: (steamId: SteamIdInput) => Observable<Either<FriendsCallError, FriendsGetFollowerCount>>;
  /**
   * Whether the current user follows a user. Flat: SteamAPI_ISteamFriends_IsFollowing,
   * FriendsIsFollowing_t. Failures: SteamResultError, CallResultError, NotInitialized. Throws
   * InvalidArgument for a bad Steam ID.
   */
  readonly isFollowing: (steamId: SteamIdInput) => Observable<Either<FriendsCallError, FriendsIsFollowing>>;
  /**
   * One page (up to 50) of the users the current user follows, from a start index. Flat:
   * SteamAPI_ISteamFriends_EnumerateFollowingList, FriendsEnumerateFollowingList_t. Failures:
   * SteamResultError, CallResultError, NotInitialized. Throws InvalidArgument for an index not in 0..2^32-1.
   */
  readonly enumerateFollowingList: (startIndex: number) => Observable<Either<FriendsCallError, FriendsEnumerateFollowingList>>;
  /** Whether a clan is public. Flat: SteamAPI_ISteamFriends_IsClanPublic. Throws InvalidArgument for a bad Steam ID. */
  readonly isClanPublic: (clanSteamId: SteamIdInput) => boolean;
  /** Whether a clan is an official game group. Flat: SteamAPI_ISteamFriends_IsClanOfficialGameGroup. Throws InvalidArgument for a bad Steam ID. */
  readonly isClanOfficialGameGroup: (clanSteamId: SteamIdInput) => boolean;
  /** How many chats have unread priority messages. Flat: SteamAPI_ISteamFriends_GetNumChatsWithUnreadPriorityMessages. */
  readonly getNumChatsWithUnreadPriorityMessages: () => number;
  /** Opens the overlay's Remote Play Together invite dialog for a lobby. Flat: SteamAPI_ISteamFriends_ActivateGameOverlayRemotePlayTogetherInviteDialog. Throws InvalidArgument for a bad Steam ID. */
  readonly activateGameOverlayRemotePlayTogetherInviteDialog: (lobbySteamId: SteamIdInput) => void;
  /** Makes the overlay browser hand URIs of a protocol to the game (overlayBrowserProtocolNavigation$). Flat: SteamAPI_ISteamFriends_RegisterProtocolInOverlayBrowser. Throws InvalidArgument for a bad string. */
  readonly registerProtocolInOverlayBrowser: (protocol: string) => boolean;
  /** Opens the overlay's invite dialog with a connect string. Flat: SteamAPI_ISteamFriends_ActivateGameOverlayInviteDialogConnectString. Throws InvalidArgument for a bad string. */
  readonly activateGameOverlayInviteDialogConnectString: (connectString: string) => void;
  /**
   * Which profile items a user has equipped. Flat: SteamAPI_ISteamFriends_RequestEquippedProfileItems,
   * EquippedProfileItems_t. Failures: SteamResultError, CallResultError, NotInitialized. Throws
   * InvalidArgument for a bad Steam ID.
   */
  readonly requestEquippedProfileItems: (steamId: SteamIdInput) => Observable<Either<FriendsCallError, EquippedProfileItems>>;
  /** Whether a user has an item of a type equipped (after requestEquippedProfileItems). Flat: SteamAPI_ISteamFriends_BHasEquippedProfileItem. Throws InvalidArgument for a bad Steam ID or type. */
  readonly hasEquippedProfileItem: (steamId: SteamIdInput, itemType: CommunityProfileItemType) => boolean;
  /** A string property of a user's equipped item ('' when none). Flat: SteamAPI_ISteamFriends_GetProfileItemPropertyString. Throws InvalidArgument for a bad Steam ID, type or property. */
  readonly getProfileItemPropertyString: (steamId: SteamIdInput, itemType: CommunityProfileItemType, property: CommunityProfileItemProperty) => string;
  /** A number property of a user's equipped item. Flat: SteamAPI_ISteamFriends_GetProfileItemPropertyUint. Throws InvalidArgument for a bad Steam ID, type or property. */
  readonly getProfileItemPropertyUint: (steamId: SteamIdInput, itemType: CommunityProfileItemType, property: CommunityProfileItemProperty) => number;
}

/** What a friends namespace is built from. */
export interface FriendsContext {
  readonly state: SessionState;
  readonly port: FriendsPort;
  readonly callbacks$: Observable<RawCallback>;
  readonly platform: Platform;
  /** The client's ISteamUtils image read (GetImageSize then GetImageRGBA), for avatar$. */
  readonly readImage: (image: number) => Either<CallFailed, SteamImage>;
}

/** Steam's persona name limit (k_cchPersonaNameMax) with its NUL. */
const PERSONA_NAME_BYTES = 128;
/** Overlay dialog names, URLs, protocols and connect strings: far above any real one. */
const TEXT_MAX_BYTES = 4096;
/** Rich presence keys and values: above Steam's limits (64 / 256), which Steam itself enforces with a false. */
const RICH_PRESENCE_MAX_BYTES = 4096;
/** The most clans one DownloadClanActivityCounts asks about. */
const MAX_CLANS_PER_DOWNLOAD = 1024;
/** The most members a friends group read takes (Steam's friend limit is far below). */
const MAX_GROUP_MEMBERS = 65536;

const indexArgument = (value: unknown): number => integerIn('index', value, 0, INT32_MAX);
const groupIdArgument = (value: unknown): number => integerIn('groupId', value, -0x8000, 0x7fff);
const itemTypeArgument = (value: unknown): CommunityProfileItemType => enumValue('itemType', value, CommunityProfileItemType, 'CommunityProfileItemType');
const propertyArgument = (value: unknown): CommunityProfileItemProperty =>
  enumValue('property', value, CommunityProfileItemProperty, 'CommunityProfileItemProperty');

/** An array of 1..1024 Steam IDs, read once (a getter or Proxy sees one pass). */
const clanIdsArgument = (value: unknown): BigUint64Array => {
  let items: readonly unknown[];
  try {
    if (!Array.isArray(value)) throw new InvalidArgument('clanSteamIds', `expected an array of Steam IDs, got ${describeValue(value)}`);
    items = Array.from(value as readonly unknown[]);
  } catch (error) {
    // A revoked Proxy or a throwing getter: the caller's value cannot be read, which is misuse too.
    if (error instanceof InvalidArgument) throw error;
    throw new InvalidArgument('clanSteamIds', 'could not be read as an array');
  }
  if (items.length === 0 || items.length > MAX_CLANS_PER_DOWNLOAD) {
    throw new InvalidArgument('clanSteamIds', `holds ${items.length} Steam IDs, 1 to ${MAX_CLANS_PER_DOWNLOAD} allowed`);
  }
  return BigUint64Array.from(items.map((item, at) => steamIdArgument(`clanSteamIds[${at}]`, item)));
};

/** Builds the friends namespace of a live client session. */
export const friendsNamespace = (context: FriendsContext): SteamFriends => {
  const { state, port } = context;
  const streams = createFriendsStreams(context.callbacks$, context.platform);
  const decoders = signalDecoders(context.platform);
  const calls = { state, callbacks$: context.callbacks$, pipe: 'client' as const };
  const query = <A>(call: () => A): (() => A) => liveQuery(state, call);
  /** A function of one Steam ID, checked live and parsed first. */
  const byUser =
    <A>(argument: string, call: (steamId: bigint) => A) =>
    (steamId: SteamIdInput): A => {
      ensureLive(state);
      return call(steamIdArgument(argument, steamId));
    };
  /** A function of one index, checked live and in 0..2^31-1 first. */
  const byIndex =
    <A>(call: (index: number) => A) =>
    (index: number): A => {
      ensureLive(state);
      return call(indexArgument(index));
    };
  /** Success flags without an EResult: false is a CallFailed naming the call. */
  const succeeded =
    (call: string, why: string) =>
    <P extends { readonly success: boolean }>(payload: P): Either<CallFailed, P> =>
      payload.success ? right(payload) : left(new CallFailed(call, why));

  return {
    ...streamsUntilShutdown(state, streams),
    ...friendsReactive({ state, port, streams, readImage: context.readImage }),
    getPersonaName: query(() => port.getPersonaName()),
    setPersonaName: (name) => {
      ensureLive(state);
      const text = cString('name', name, PERSONA_NAME_BYTES);
      return steamCall(calls, () => port.setPersonaName(text), decoders.setPersonaNameResponse, (payload): Either<SteamResultError | CallFailed, SetPersonaNameResponse> => {
        if (payload.result !== EResult.OK) return left(steamResultError('setPersonaName', payload.result));
        return payload.success ? right(payload) : left(new CallFailed('setPersonaName', 'Steam answered OK but did not change the name'));
      });
    },
    getPersonaState: query(() => port.getPersonaState() as PersonaState),
    getFriendCount: (friendFlags) => {
      ensureLive(state);
      return port.getFriendCount(friendFlagsArgument(friendFlags));
    },
    getFriendByIndex: (index, friendFlags) => {
      ensureLive(state);
      const at = indexArgument(index);
      return port.getFriendByIndex(at, friendFlagsArgument(friendFlags));
    },
    getFriendRelationship: byUser('steamId', (id) => port.getFriendRelationship(id) as FriendRelationship),
    getFriendPersonaState: byUser('steamId', (id) => port.getFriendPersonaState(id) as PersonaState),
    getFriendPersonaName: byUser('steamId', (id) => port.getFriendPersonaName(id)),
    getFriendGamePlayed: byUser('steamId', (id) => readFriendGame(port, id)),
    getFriendPersonaNameHistory: (steamId, index) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return port.getFriendPersonaNameHistory(id, indexArgument(index));
    },
    getFriendSteamLevel: byUser('steamId', (id) => port.getFriendSteamLevel(id)),
    getPlayerNickname: byUser('steamId', (id) => port.getPlayerNickname(id)),
    getFriendsGroupCount: query(() => port.getFriendsGroupCount()),
    getFriendsGroupIDByIndex: byIndex((index) => port.getFriendsGroupIDByIndex(index)),
    getFriendsGroupName: (groupId) => {
      ensureLive(state);
      return port.getFriendsGroupName(groupIdArgument(groupId));
    },
    getFriendsGroupMembersCount: (groupId) => {
      ensureLive(state);
      return port.getFriendsGroupMembersCount(groupIdArgument(groupId));
    },
    getFriendsGroupMembersList: (groupId) => {
      ensureLive(state);
      const group = groupIdArgument(groupId);
      const count = Math.min(Math.max(port.getFriendsGroupMembersCount(group), 0), MAX_GROUP_MEMBERS);
      if (count === 0) return [];
      const members = new BigUint64Array(count);
      port.getFriendsGroupMembersList(group, members);
      // Slots Steam did not fill stay 0: not members.
      return [...members].filter((member) => member !== 0n);
    },
    hasFriend: (steamId, friendFlags) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return port.hasFriend(id, friendFlagsArgument(friendFlags));
    },
    getClanCount: query(() => port.getClanCount()),
    getClanByIndex: byIndex((index) => port.getClanByIndex(index)),
    getClanName: byUser('clanSteamId', (id) => port.getClanName(id)),
    getClanTag: byUser('clanSteamId', (id) => port.getClanTag(id)),
    getClanActivityCounts: byUser('clanSteamId', (id): Either<CallFailed, ClanActivity> => {
      const counts = port.getClanActivityCounts(id);
      if (!counts.ok) return left(new CallFailed('getClanActivityCounts', `Steam has no activity counts for clan ${id}`));
      return right({ online: counts.online, inGame: counts.inGame, chatting: counts.chatting });
    }),
    downloadClanActivityCounts: (clanSteamIds) => {
      ensureLive(state);
      const clans = clanIdsArgument(clanSteamIds);
      return steamCall(
        calls,
        // A fresh copy per subscription: the port may hand the array to C.
        () => port.downloadClanActivityCounts(clans.slice()),
        decoders.downloadClanActivityCountsResult,
        succeeded('downloadClanActivityCounts', 'Steam did not download the activity counts'),
      );
    },
    getFriendCountFromSource: byUser('sourceSteamId', (id) => port.getFriendCountFromSource(id)),
    getFriendFromSourceByIndex: (sourceSteamId, index) => {
      ensureLive(state);
      const source = steamIdArgument('sourceSteamId', sourceSteamId);
      return port.getFriendFromSourceByIndex(source, indexArgument(index));
    },
    isUserInSource: (userSteamId, sourceSteamId) => {
      ensureLive(state);
      const user = steamIdArgument('userSteamId', userSteamId);
      return port.isUserInSource(user, steamIdArgument('sourceSteamId', sourceSteamId));
    },
    setInGameVoiceSpeaking: (userSteamId, speaking) => {
      ensureLive(state);
      const user = steamIdArgument('userSteamId', userSteamId);
      port.setInGameVoiceSpeaking(user, boolean('speaking', speaking));
    },
    activateGameOverlay: (dialog) => {
      ensureLive(state);
      port.activateGameOverlay(cString('dialog', dialog, TEXT_MAX_BYTES));
    },
    activateGameOverlayToUser: (dialog, steamId) => {
      ensureLive(state);
      const text = cString('dialog', dialog, TEXT_MAX_BYTES);
      port.activateGameOverlayToUser(text, steamIdArgument('steamId', steamId));
    },
    activateGameOverlayToWebPage: (url, mode) => {
      ensureLive(state);
      const text = cString('url', url, TEXT_MAX_BYTES);
      port.activateGameOverlayToWebPage(text, mode === undefined ? OverlayToWebPageMode.Default : enumValue('mode', mode, OverlayToWebPageMode, 'OverlayToWebPageMode'));
    },
    activateGameOverlayToStore: (appId, flag) => {
      ensureLive(state);
      const app = integerIn('appId', appId, 1, UINT32_MAX);
      port.activateGameOverlayToStore(app, flag === undefined ? OverlayToStoreFlag.None : enumValue('flag', flag, OverlayToStoreFlag, 'OverlayToStoreFlag'));
    },
    setPlayedWith: byUser('steamId', (id) => port.setPlayedWith(id)),
    activateGameOverlayInviteDialog: byUser('lobbySteamId', (id) => port.activateGameOverlayInviteDialog(id)),
    getSmallFriendAvatar: byUser('steamId', (id) => port.getSmallFriendAvatar(id)),
    getMediumFriendAvatar: byUser('steamId', (id) => port.getMediumFriendAvatar(id)),
    getLargeFriendAvatar: byUser('steamId', (id) => port.getLargeFriendAvatar(id)),
    requestUserInformation: (steamId, requireNameOnly) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return port.requestUserInformation(id, boolean('requireNameOnly', requireNameOnly));
    },
    requestClanOfficerList: (clanSteamId) => {
      ensureLive(state);
      const clan = steamIdArgument('clanSteamId', clanSteamId);
      return steamCall(
        calls,
        () => port.requestClanOfficerList(clan),
        decoders.clanOfficerListResponse,
        succeeded('requestClanOfficerList', `Steam gave no officer list for clan ${clan}`),
      );
    },
    getClanOwner: byUser('clanSteamId', (id) => port.getClanOwner(id)),
    getClanOfficerCount: byUser('clanSteamId', (id) => port.getClanOfficerCount(id)),
    getClanOfficerByIndex: (clanSteamId, index) => {
      ensureLive(state);
      const clan = steamIdArgument('clanSteamId', clanSteamId);
      return port.getClanOfficerByIndex(clan, indexArgument(index));
    },
    getUserRestrictions: query(() => port.getUserRestrictions()),
    setRichPresence: (key, value) => {
      ensureLive(state);
      const name = cString('key', key, RICH_PRESENCE_MAX_BYTES);
      return port.setRichPresence(name, cString('value', value, RICH_PRESENCE_MAX_BYTES));
    },
    clearRichPresence: query(() => port.clearRichPresence()),
    getFriendRichPresence: (steamId, key) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return port.getFriendRichPresence(id, cString('key', key, RICH_PRESENCE_MAX_BYTES));
    },
    getFriendRichPresenceKeyCount: byUser('steamId', (id) => port.getFriendRichPresenceKeyCount(id)),
    getFriendRichPresenceKeyByIndex: (steamId, index) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return port.getFriendRichPresenceKeyByIndex(id, indexArgument(index));
    },
    requestFriendRichPresence: byUser('steamId', (id) => port.requestFriendRichPresence(id)),
    inviteUserToGame: (steamId, connectString) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return port.inviteUserToGame(id, cString('connectString', connectString, TEXT_MAX_BYTES));
    },
    getCoplayFriendCount: query(() => port.getCoplayFriendCount()),
    getCoplayFriend: byIndex((index) => port.getCoplayFriend(index)),
    getFriendCoplayTime: byUser('steamId', (id) => port.getFriendCoplayTime(id)),
    getFriendCoplayGame: byUser('steamId', (id) => port.getFriendCoplayGame(id)),
    getFollowerCount: (steamId) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return steamCall(calls, () => port.getFollowerCount(id), decoders.friendsGetFollowerCount, okOr('getFollowerCount'));
    },
    isFollowing: (steamId) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return steamCall(calls, () => port.isFollowing(id), decoders.friendsIsFollowing, okOr('isFollowing'));
    },
    enumerateFollowingList: (startIndex) => {
      ensureLive(state);
      const start = integerIn('startIndex', startIndex, 0, UINT32_MAX);
      return steamCall(calls, () => port.enumerateFollowingList(start), decoders.friendsEnumerateFollowingList, okOr('enumerateFollowingList'));
    },
    isClanPublic: byUser('clanSteamId', (id) => port.isClanPublic(id)),
    isClanOfficialGameGroup: byUser('clanSteamId', (id) => port.isClanOfficialGameGroup(id)),
    getNumChatsWithUnreadPriorityMessages: query(() => port.getNumChatsWithUnreadPriorityMessages()),
    activateGameOverlayRemotePlayTogetherInviteDialog: byUser('lobbySteamId', (id) => port.activateGameOverlayRemotePlayTogetherInviteDialog(id)),
    registerProtocolInOverlayBrowser: (protocol) => {
      ensureLive(state);
      return port.registerProtocolInOverlayBrowser(cString('protocol', protocol, TEXT_MAX_BYTES));
    },
    activateGameOverlayInviteDialogConnectString: (connectString) => {
      ensureLive(state);
      port.activateGameOverlayInviteDialogConnectString(cString('connectString', connectString, TEXT_MAX_BYTES));
    },
    requestEquippedProfileItems: (steamId) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return steamCall(calls, () => port.requestEquippedProfileItems(id), decoders.equippedProfileItems, okOr('requestEquippedProfileItems'));
    },
    hasEquippedProfileItem: (steamId, itemType) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      return port.hasEquippedProfileItem(id, itemTypeArgument(itemType));
    },
    getProfileItemPropertyString: (steamId, itemType, property) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      const type = itemTypeArgument(itemType);
      return port.getProfileItemPropertyString(id, type, propertyArgument(property));
    },
    getProfileItemPropertyUint: (steamId, itemType, property) => {
      ensureLive(state);
      const id = steamIdArgument('steamId', steamId);
      const type = itemTypeArgument(itemType);
      return port.getProfileItemPropertyUint(id, type, propertyArgument(property));
    },
  };
};
