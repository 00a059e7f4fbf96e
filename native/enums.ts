/**
 * Enum values of the Steamworks 1.60 C ABI (from steamworks-abi-1.60.json), keyed by the SDK name
 * without its k_E… prefix. The public enums in src/enums add the spec's names and descriptions.
 */

export const EResult = {
  None: 0,
  OK: 1,
  Fail: 2,
  NoConnection: 3,
  InvalidPassword: 5,
  LoggedInElsewhere: 6,
  InvalidProtocolVer: 7,
  InvalidParam: 8,
  FileNotFound: 9,
  Busy: 10,
  InvalidState: 11,
  InvalidName: 12,
  InvalidEmail: 13,
  DuplicateName: 14,
  AccessDenied: 15,
  Timeout: 16,
  Banned: 17,
  AccountNotFound: 18,
  InvalidSteamID: 19,
  ServiceUnavailable: 20,
  NotLoggedOn: 21,
  Pending: 22,
  EncryptionFailure: 23,
  InsufficientPrivilege: 24,
  LimitExceeded: 25,
  Revoked: 26,
  Expired: 27,
  AlreadyRedeemed: 28,
  DuplicateRequest: 29,
  AlreadyOwned: 30,
  IPNotFound: 31,
  PersistFailed: 32,
  LockingFailed: 33,
  LogonSessionReplaced: 34,
  ConnectFailed: 35,
  HandshakeFailed: 36,
  IOFailure: 37,
  RemoteDisconnect: 38,
  ShoppingCartNotFound: 39,
  Blocked: 40,
  Ignored: 41,
  NoMatch: 42,
  AccountDisabled: 43,
  ServiceReadOnly: 44,
  AccountNotFeatured: 45,
  AdministratorOK: 46,
  ContentVersion: 47,
  TryAnotherCM: 48,
  PasswordRequiredToKickSession: 49,
  AlreadyLoggedInElsewhere: 50,
  Suspended: 51,
  Cancelled: 52,
  DataCorruption: 53,
  DiskFull: 54,
  RemoteCallFailed: 55,
  PasswordUnset: 56,
  ExternalAccountUnlinked: 57,
  PSNTicketInvalid: 58,
  ExternalAccountAlreadyLinked: 59,
  RemoteFileConflict: 60,
  IllegalPassword: 61,
  SameAsPreviousValue: 62,
  AccountLogonDenied: 63,
  CannotUseOldPassword: 64,
  InvalidLoginAuthCode: 65,
  AccountLogonDeniedNoMail: 66,
  HardwareNotCapableOfIPT: 67,
  IPTInitError: 68,
  ParentalControlRestricted: 69,
  FacebookQueryError: 70,
  ExpiredLoginAuthCode: 71,
  IPLoginRestrictionFailed: 72,
  AccountLockedDown: 73,
  AccountLogonDeniedVerifiedEmailRequired: 74,
  NoMatchingURL: 75,
  BadResponse: 76,
  RequirePasswordReEntry: 77,
  ValueOutOfRange: 78,
  UnexpectedError: 79,
  Disabled: 80,
  InvalidCEGSubmission: 81,
  RestrictedDevice: 82,
  RegionLocked: 83,
  RateLimitExceeded: 84,
  AccountLoginDeniedNeedTwoFactor: 85,
  ItemDeleted: 86,
  AccountLoginDeniedThrottle: 87,
  TwoFactorCodeMismatch: 88,
  TwoFactorActivationCodeMismatch: 89,
  AccountAssociatedToMultiplePartners: 90,
  NotModified: 91,
  NoMobileDevice: 92,
  TimeNotSynced: 93,
  SmsCodeFailed: 94,
  AccountLimitExceeded: 95,
  AccountActivityLimitExceeded: 96,
  PhoneActivityLimitExceeded: 97,
  RefundToWallet: 98,
  EmailSendFailure: 99,
  NotSettled: 100,
  NeedCaptcha: 101,
  GSLTDenied: 102,
  GSOwnerDenied: 103,
  InvalidItemType: 104,
  IPBanned: 105,
  GSLTExpired: 106,
  InsufficientFunds: 107,
  TooManyPending: 108,
  NoSiteLicensesFound: 109,
  WGNetworkSendExceeded: 110,
  AccountNotFriends: 111,
  LimitedUserAccount: 112,
  CantRemoveItem: 113,
  AccountDeleted: 114,
  ExistingUserCancelledLicense: 115,
  CommunityCooldown: 116,
  NoLauncherSpecified: 117,
  MustAgreeToSSA: 118,
  LauncherMigrated: 119,
  SteamRealmMismatch: 120,
  InvalidSignature: 121,
  ParseFailure: 122,
  NoVerifiedPhone: 123,
  InsufficientBattery: 124,
  ChargerRequired: 125,
  CachedCredentialInvalid: 126,
  PhoneNumberIsVOIP: 127,
  NotSupported: 128,
  FamilySizeLimitExceeded: 129,
} as const;
export type EResult = (typeof EResult)[keyof typeof EResult];

export const EAuthSessionResponse = {
  OK: 0,
  UserNotConnectedToSteam: 1,
  NoLicenseOrExpired: 2,
  VACBanned: 3,
  LoggedInElseWhere: 4,
  VACCheckTimedOut: 5,
  AuthTicketCanceled: 6,
  AuthTicketInvalidAlreadyUsed: 7,
  AuthTicketInvalid: 8,
  PublisherIssuedBan: 9,
  AuthTicketNetworkIdentityFailure: 10,
} as const;
export type EAuthSessionResponse = (typeof EAuthSessionResponse)[keyof typeof EAuthSessionResponse];

export const EBeginAuthSessionResult = {
  OK: 0,
  InvalidTicket: 1,
  DuplicateRequest: 2,
  InvalidVersion: 3,
  GameMismatch: 4,
  ExpiredTicket: 5,
} as const;
export type EBeginAuthSessionResult = (typeof EBeginAuthSessionResult)[keyof typeof EBeginAuthSessionResult];

export const EUserHasLicenseForAppResult = {
  HasLicense: 0,
  DoesNotHaveLicense: 1,
  NoAuth: 2,
} as const;
export type EUserHasLicenseForAppResult = (typeof EUserHasLicenseForAppResult)[keyof typeof EUserHasLicenseForAppResult];

export const EVoiceResult = {
  OK: 0,
  NotInitialized: 1,
  NotRecording: 2,
  NoData: 3,
  BufferTooSmall: 4,
  DataCorrupted: 5,
  Restricted: 6,
  UnsupportedCodec: 7,
  ReceiverOutOfDate: 8,
  ReceiverDidNotAnswer: 9,
} as const;
export type EVoiceResult = (typeof EVoiceResult)[keyof typeof EVoiceResult];

export const EDenyReason = {
  Invalid: 0,
  InvalidVersion: 1,
  Generic: 2,
  NotLoggedOn: 3,
  NoLicense: 4,
  Cheater: 5,
  LoggedInElseWhere: 6,
  UnknownText: 7,
  IncompatibleAnticheat: 8,
  MemoryCorruption: 9,
  IncompatibleSoftware: 10,
  SteamConnectionLost: 11,
  SteamConnectionError: 12,
  SteamResponseTimedOut: 13,
  SteamValidationStalled: 14,
  SteamOwnerLeftGuestUser: 15,
} as const;
export type EDenyReason = (typeof EDenyReason)[keyof typeof EDenyReason];

export const EDurationControlProgress = {
  Full: 0,
  Half: 1,
  None: 2,
  ExitSoon_3h: 3,
  ExitSoon_5h: 4,
  ExitSoon_Night: 5,
} as const;
export type EDurationControlProgress = (typeof EDurationControlProgress)[keyof typeof EDurationControlProgress];

export const EDurationControlNotification = {
  None: 0,
  _1Hour: 1,
  _3Hours: 2,
  HalfProgress: 3,
  NoProgress: 4,
  ExitSoon_3h: 5,
  ExitSoon_5h: 6,
  ExitSoon_Night: 7,
} as const;
export type EDurationControlNotification = (typeof EDurationControlNotification)[keyof typeof EDurationControlNotification];

export const EDurationControlOnlineState = {
  Invalid: 0,
  Offline: 1,
  Online: 2,
  OnlineHighPri: 3,
} as const;
export type EDurationControlOnlineState = (typeof EDurationControlOnlineState)[keyof typeof EDurationControlOnlineState];

export const EMarketNotAllowedReasonFlags = {
  None: 0,
  TemporaryFailure: 1,
  AccountDisabled: 2,
  AccountLockedDown: 4,
  AccountLimited: 8,
  TradeBanned: 16,
  AccountNotTrusted: 32,
  SteamGuardNotEnabled: 64,
  SteamGuardOnlyRecentlyEnabled: 128,
  RecentPasswordReset: 256,
  NewPaymentMethod: 512,
  InvalidCookie: 1024,
  UsingNewDevice: 2048,
  RecentSelfRefund: 4096,
  NewPaymentMethodCannotBeVerified: 8192,
  NoRecentPurchases: 16384,
  AcceptedWalletGift: 32768,
} as const;
export type EMarketNotAllowedReasonFlags = (typeof EMarketNotAllowedReasonFlags)[keyof typeof EMarketNotAllowedReasonFlags];

export const ESteamAPIInitResult = {
  OK: 0,
  FailedGeneric: 1,
  NoSteamClient: 2,
  VersionMismatch: 3,
} as const;
export type ESteamAPIInitResult = (typeof ESteamAPIInitResult)[keyof typeof ESteamAPIInitResult];

export const EServerMode = {
  Invalid: 0,
  NoAuthentication: 1,
  Authentication: 2,
  AuthenticationAndSecure: 3,
} as const;
export type EServerMode = (typeof EServerMode)[keyof typeof EServerMode];

export const EAccountType = {
  Invalid: 0,
  Individual: 1,
  Multiseat: 2,
  GameServer: 3,
  AnonGameServer: 4,
  Pending: 5,
  ContentServer: 6,
  Clan: 7,
  Chat: 8,
  ConsoleUser: 9,
  AnonUser: 10,
  Max: 11,
} as const;
export type EAccountType = (typeof EAccountType)[keyof typeof EAccountType];

export const EUniverse = {
  Invalid: 0,
  Public: 1,
  Beta: 2,
  Internal: 3,
  Dev: 4,
  Max: 5,
} as const;
export type EUniverse = (typeof EUniverse)[keyof typeof EUniverse];

export const EFailureType = {
  FlushedCallbackQueue: 0,
  PipeFail: 1,
} as const;
export type EFailureType = (typeof EFailureType)[keyof typeof EFailureType];

export const ESteamAPICallFailure = {
  None: -1,
  SteamGone: 0,
  NetworkFailure: 1,
  InvalidHandle: 2,
  MismatchedCallback: 3,
} as const;
export type ESteamAPICallFailure = (typeof ESteamAPICallFailure)[keyof typeof ESteamAPICallFailure];

export const EChatSteamIDInstanceFlags = {
  ChatAccountInstanceMask: 4095,
  ChatInstanceFlagClan: 524288,
  ChatInstanceFlagLobby: 262144,
  ChatInstanceFlagMMSLobby: 131072,
} as const;
export type EChatSteamIDInstanceFlags = (typeof EChatSteamIDInstanceFlags)[keyof typeof EChatSteamIDInstanceFlags];

export const ESteamIPType = {
  IPv4: 0,
  IPv6: 1,
} as const;
export type ESteamIPType = (typeof ESteamIPType)[keyof typeof ESteamIPType];

export const ESteamNetworkingIdentityType = {
  Invalid: 0,
  SteamID: 16,
  IPAddress: 1,
  GenericString: 2,
  GenericBytes: 3,
} as const;
export type ESteamNetworkingIdentityType = (typeof ESteamNetworkingIdentityType)[keyof typeof ESteamNetworkingIdentityType];

const valueSets = new WeakMap<object, ReadonlySet<number>>();

/** True when `value` is one of the enum's values (a decoder check, not a cast). The value set is built once per enum. */
export const isEnumValue = <E extends Readonly<Record<string, number>>>(enumeration: E, value: number): value is E[keyof E] => {
  let values = valueSets.get(enumeration);
  if (values === undefined) {
    values = new Set(Object.values(enumeration));
    valueSets.set(enumeration, values);
  }
  return values.has(value);
};
