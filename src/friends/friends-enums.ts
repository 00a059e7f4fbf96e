/** The public enums of ISteamFriends: Valve's values (from the generated ABI tables), keyed by member name. */
import {
  EActivateGameOverlayToWebPageMode,
  ECommunityProfileItemProperty,
  ECommunityProfileItemType,
  EFriendFlags,
  EFriendRelationship,
  EOverlayToStoreFlag,
  EPersonaChange,
  EPersonaState,
  EUserRestriction,
} from '../../native/generated/friends-enums';

/** A user's online status (EPersonaState). */
export const PersonaState = {
  /** Offline, or not known to Steam yet. */
  Offline: EPersonaState.Offline,
  /** Online. */
  Online: EPersonaState.Online,
  /** Online, do not disturb. */
  Busy: EPersonaState.Busy,
  /** Away. */
  Away: EPersonaState.Away,
  /** Away for a long time. */
  Snooze: EPersonaState.Snooze,
  /** Online, looking to trade. */
  LookingToTrade: EPersonaState.LookingToTrade,
  /** Online, looking to play. */
  LookingToPlay: EPersonaState.LookingToPlay,
  /** Online but shown as offline to others (only ever the current user's own state). */
  Invisible: EPersonaState.Invisible,
} as const;
/** A value of {@link PersonaState}. */
export type PersonaState = (typeof PersonaState)[keyof typeof PersonaState];

/** How the current user relates to another user (EFriendRelationship). */
export const FriendRelationship = {
  /** No relationship. */
  None: EFriendRelationship.None,
  /** The current user blocked them. */
  Blocked: EFriendRelationship.Blocked,
  /** They sent the current user a friend request. */
  RequestRecipient: EFriendRelationship.RequestRecipient,
  /** Friends. */
  Friend: EFriendRelationship.Friend,
  /** The current user sent them a friend request. */
  RequestInitiator: EFriendRelationship.RequestInitiator,
  /** The current user ignores them. */
  Ignored: EFriendRelationship.Ignored,
  /** The current user ignores them, and they are a friend. */
  IgnoredFriend: EFriendRelationship.IgnoredFriend,
  /** Deprecated by Valve; Steam no longer sends it. */
  Suggested: EFriendRelationship.Suggested_DEPRECATED,
} as const;
/** A value of {@link FriendRelationship}. */
export type FriendRelationship = (typeof FriendRelationship)[keyof typeof FriendRelationship];

/** Which users a friends query covers (EFriendFlags bits; combine with `|`). */
export const FriendFlags = {
  /** No one. */
  None: EFriendFlags.None,
  /** Users the current user blocked. */
  Blocked: EFriendFlags.Blocked,
  /** Users who sent the current user a friend request. */
  FriendshipRequested: EFriendFlags.FriendshipRequested,
  /** Regular friends. */
  Immediate: EFriendFlags.Immediate,
  /** Members of the current user's clans. */
  ClanMember: EFriendFlags.ClanMember,
  /** Users on the same game server. */
  OnGameServer: EFriendFlags.OnGameServer,
  /** Users the current user sent a friend request to. */
  RequestingFriendship: EFriendFlags.RequestingFriendship,
  /** Users whose information is being requested. */
  RequestingInfo: EFriendFlags.RequestingInfo,
  /** Ignored users. */
  Ignored: EFriendFlags.Ignored,
  /** Ignored friends. */
  IgnoredFriend: EFriendFlags.IgnoredFriend,
  /** Members of the same chat. */
  ChatMember: EFriendFlags.ChatMember,
  /** Everyone of the above. */
  All: EFriendFlags.All,
} as const;
/** A value of {@link FriendFlags} (or several of them combined with `|`). */
export type FriendFlags = number;

/** What a PersonaStateChange_t says changed (EPersonaChange bits of its `changeFlags`). */
export const PersonaChange = {
  /** The persona name. */
  Name: EPersonaChange.Name,
  /** The online status. */
  Status: EPersonaChange.Status,
  /** They came online. */
  ComeOnline: EPersonaChange.ComeOnline,
  /** They went offline. */
  GoneOffline: EPersonaChange.GoneOffline,
  /** The game they play. */
  GamePlayed: EPersonaChange.GamePlayed,
  /** The game server they are on. */
  GameServer: EPersonaChange.GameServer,
  /** Their avatar. */
  Avatar: EPersonaChange.Avatar,
  /** They joined a source (clan, chat, server) the current user is in. */
  JoinedSource: EPersonaChange.JoinedSource,
  /** They left such a source. */
  LeftSource: EPersonaChange.LeftSource,
  /** The relationship with the current user. */
  RelationshipChanged: EPersonaChange.RelationshipChanged,
  /** Their name was set for the first time. */
  NameFirstSet: EPersonaChange.NameFirstSet,
  /** Their broadcast state. */
  Broadcast: EPersonaChange.Broadcast,
  /** The nickname the current user gave them. */
  Nickname: EPersonaChange.Nickname,
  /** Their Steam level. */
  SteamLevel: EPersonaChange.SteamLevel,
  /** Their rich presence. */
  RichPresence: EPersonaChange.RichPresence,
} as const;
/** A value of {@link PersonaChange}. */
export type PersonaChange = (typeof PersonaChange)[keyof typeof PersonaChange];

/** How the overlay's web browser opens a page (EActivateGameOverlayToWebPageMode). */
export const OverlayToWebPageMode = {
  /** A browser tab the user can keep using after closing the overlay. */
  Default: EActivateGameOverlayToWebPageMode.Default,
  /** A modal browser that closes with the overlay. */
  Modal: EActivateGameOverlayToWebPageMode.Modal,
} as const;
/** A value of {@link OverlayToWebPageMode}. */
export type OverlayToWebPageMode = (typeof OverlayToWebPageMode)[keyof typeof OverlayToWebPageMode];

/** What the overlay's store page does with the app (EOverlayToStoreFlag). */
export const OverlayToStoreFlag = {
  /** Only show the store page. */
  None: EOverlayToStoreFlag.None,
  /** Add the app to the cart. */
  AddToCart: EOverlayToStoreFlag.AddToCart,
  /** Add it to the cart and show the cart. */
  AddToCartAndShow: EOverlayToStoreFlag.AddToCartAndShow,
} as const;
/** A value of {@link OverlayToStoreFlag}. */
export type OverlayToStoreFlag = (typeof OverlayToStoreFlag)[keyof typeof OverlayToStoreFlag];

/** A kind of community profile item (ECommunityProfileItemType). */
export const CommunityProfileItemType = {
  /** An animated avatar. */
  AnimatedAvatar: ECommunityProfileItemType.AnimatedAvatar,
  /** An avatar frame. */
  AvatarFrame: ECommunityProfileItemType.AvatarFrame,
  /** A profile modifier. */
  ProfileModifier: ECommunityProfileItemType.ProfileModifier,
  /** A profile background. */
  ProfileBackground: ECommunityProfileItemType.ProfileBackground,
  /** A mini-profile background. */
  MiniProfileBackground: ECommunityProfileItemType.MiniProfileBackground,
} as const;
/** A value of {@link CommunityProfileItemType}. */
export type CommunityProfileItemType = (typeof CommunityProfileItemType)[keyof typeof CommunityProfileItemType];

/** A property of a community profile item (ECommunityProfileItemProperty). */
export const CommunityProfileItemProperty = {
  /** URL of the small image (string). */
  ImageSmall: ECommunityProfileItemProperty.ImageSmall,
  /** URL of the large image (string). */
  ImageLarge: ECommunityProfileItemProperty.ImageLarge,
  /** Internal name (string). */
  InternalName: ECommunityProfileItemProperty.InternalName,
  /** Localised title (string). */
  Title: ECommunityProfileItemProperty.Title,
  /** Localised description (string). */
  Description: ECommunityProfileItemProperty.Description,
  /** The app it belongs to (uint). */
  AppID: ECommunityProfileItemProperty.AppID,
  /** Its type ID in the app (uint). */
  TypeID: ECommunityProfileItemProperty.TypeID,
  /** Its item class (uint). */
  Class: ECommunityProfileItemProperty.Class,
  /** URL of the WebM movie (string). */
  MovieWebM: ECommunityProfileItemProperty.MovieWebM,
  /** URL of the MP4 movie (string). */
  MovieMP4: ECommunityProfileItemProperty.MovieMP4,
  /** URL of the small WebM movie (string). */
  MovieWebMSmall: ECommunityProfileItemProperty.MovieWebMSmall,
  /** URL of the small MP4 movie (string). */
  MovieMP4Small: ECommunityProfileItemProperty.MovieMP4Small,
} as const;
/** A value of {@link CommunityProfileItemProperty}. */
export type CommunityProfileItemProperty = (typeof CommunityProfileItemProperty)[keyof typeof CommunityProfileItemProperty];

/** What the current user may not do (EUserRestriction bits of getUserRestrictions). */
export const UserRestriction = {
  /** No restriction. */
  None: EUserRestriction.None,
  /** Not known yet (Steam is still connecting). */
  Unknown: EUserRestriction.Unknown,
  /** No chat at all. */
  AnyChat: EUserRestriction.AnyChat,
  /** No voice chat. */
  VoiceChat: EUserRestriction.VoiceChat,
  /** No group chat. */
  GroupChat: EUserRestriction.GroupChat,
  /** Too young for rated content. */
  Rating: EUserRestriction.Rating,
  /** Cannot send or receive game invites. */
  GameInvites: EUserRestriction.GameInvites,
  /** Cannot trade. */
  Trading: EUserRestriction.Trading,
} as const;
/** A value of {@link UserRestriction} (or several combined with `|`). */
export type UserRestriction = number;

/** Which avatar size to read: small 32×32, medium 64×64, large 184×184 pixels. */
export type AvatarSize = 'small' | 'medium' | 'large';
