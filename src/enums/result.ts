import { EResult } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/**
 * General result codes (EResult). Names 1-108 are the spec's; 0 and 109-129 are in the 1.60 ABI but not in
 * the spec's table and are named in its style.
 */
export const Result = {
  /** No result. */
  RESULT_NONE: EResult.None,
  /** Success. */
  RESULT_OK: EResult.OK,
  /** Generic failure. */
  RESULT_FAIL: EResult.Fail,
  /** No network connection, or the connection failed. */
  RESULT_NO_CONNECTION: EResult.NoConnection,
  /** Password or ticket is invalid. */
  RESULT_INVALID_PASSWORD: EResult.InvalidPassword,
  /** The same user is logged in elsewhere. */
  RESULT_LOGGED_IN_ELSEWHERE: EResult.LoggedInElsewhere,
  /** The protocol version is incorrect. */
  RESULT_INVALID_PROTOCOL_VER: EResult.InvalidProtocolVer,
  /** A parameter is incorrect. */
  RESULT_INVALID_PARAM: EResult.InvalidParam,
  /** The file was not found. */
  RESULT_FILE_NOT_FOUND: EResult.FileNotFound,
  /** The called method is busy; no action was taken. */
  RESULT_BUSY: EResult.Busy,
  /** The called object was in an invalid state. */
  RESULT_INVALID_STATE: EResult.InvalidState,
  /** The name is invalid. */
  RESULT_INVALID_NAME: EResult.InvalidName,
  /** The email address is invalid. */
  RESULT_INVALID_EMAIL: EResult.InvalidEmail,
  /** The name is not unique. */
  RESULT_DUPLICATE_NAME: EResult.DuplicateName,
  /** Access is denied. */
  RESULT_ACCESS_DENIED: EResult.AccessDenied,
  /** The operation timed out. */
  RESULT_TIMEOUT: EResult.Timeout,
  /** The user is VAC banned. */
  RESULT_BANNED: EResult.Banned,
  /** The account was not found. */
  RESULT_ACCOUNT_NOT_FOUND: EResult.AccountNotFound,
  /** The Steam ID is invalid. */
  RESULT_INVALID_STEAM_ID: EResult.InvalidSteamID,
  /** The requested service is currently unavailable. */
  RESULT_SERVICE_UNAVAILABLE: EResult.ServiceUnavailable,
  /** The user is not logged on. */
  RESULT_NOT_LOGGED_ON: EResult.NotLoggedOn,
  /** The request is pending (it may be in process, or waiting on a third party). */
  RESULT_PENDING: EResult.Pending,
  /** Encryption or decryption failed. */
  RESULT_ENCRYPTION_FAILURE: EResult.EncryptionFailure,
  /** Insufficient privilege. */
  RESULT_INSUFFICIENT_PRIVILEGE: EResult.InsufficientPrivilege,
  /** A limit was exceeded (too much of a good thing). */
  RESULT_LIMIT_EXCEEDED: EResult.LimitExceeded,
  /** Access has been revoked (used for revoked guest passes). */
  RESULT_REVOKED: EResult.Revoked,
  /** The license or guest pass the user is trying to access has expired. */
  RESULT_EXPIRED: EResult.Expired,
  /** The guest pass has already been redeemed by the account and cannot be acknowledged again. */
  RESULT_ALREADY_REDEEMED: EResult.AlreadyRedeemed,
  /** The request is a duplicate and the action already happened in the past; it was ignored this time. */
  RESULT_DUPLICATE_REQUEST: EResult.DuplicateRequest,
  /** All the games in this guest pass redemption request are already owned by the user. */
  RESULT_ALREADY_OWNED: EResult.AlreadyOwned,
  /** The IP address was not found. */
  RESULT_IP_NOT_FOUND: EResult.IPNotFound,
  /** Failed to write the change to the data store. */
  RESULT_PERSIST_FAILED: EResult.PersistFailed,
  /** Failed to acquire the access lock for this operation. */
  RESULT_LOCKING_FAILED: EResult.LockingFailed,
  /** The logon session was replaced. */
  RESULT_LOG_ON_SESSION_REPLACED: EResult.LogonSessionReplaced,
  /** The connection failed. */
  RESULT_CONNECT_FAILED: EResult.ConnectFailed,
  /** The handshake failed. */
  RESULT_HANDSHAKE_FAILED: EResult.HandshakeFailed,
  /** An input/output operation failed. */
  RESULT_IO_FAILURE: EResult.IOFailure,
  /** The remote end disconnected. */
  RESULT_REMOTE_DISCONNECT: EResult.RemoteDisconnect,
  /** The requested shopping cart was not found. */
  RESULT_SHOPPING_CART_NOT_FOUND: EResult.ShoppingCartNotFound,
  /** Blocked: a user didn't allow it. */
  RESULT_BLOCKED: EResult.Blocked,
  /** The target is ignoring the sender. */
  RESULT_IGNORED: EResult.Ignored,
  /** Nothing matching the request was found. */
  RESULT_NO_MATCH: EResult.NoMatch,
  /** The account is disabled. */
  RESULT_ACCOUNT_DISABLED: EResult.AccountDisabled,
  /** This service is not accepting content changes right now. */
  RESULT_SERVICE_READ_ONLY: EResult.ServiceReadOnly,
  /** The account doesn't have value, so this feature isn't available. */
  RESULT_ACCOUNT_NOT_FEATURED: EResult.AccountNotFeatured,
  /** Allowed to take this action, but only because the requester is an administrator. */
  RESULT_ADMINISTRATOR_OK: EResult.AdministratorOK,
  /** A version mismatch in content transmitted within the Steam protocol. */
  RESULT_CONTENT_VERSION: EResult.ContentVersion,
  /** The current connection manager can't serve the user making the request; try another. */
  RESULT_TRY_ANOTHER_CM: EResult.TryAnotherCM,
  /** The user is already logged in elsewhere; this cached credential login has failed. */
  RESULT_PASSWORD_REQUIRED_TO_KICK_SESSION: EResult.PasswordRequiredToKickSession,
  /** The user is already logged in elsewhere and must wait. */
  RESULT_ALREADY_LOGGED_IN_ELSEWHERE: EResult.AlreadyLoggedInElsewhere,
  /** A long running operation (such as a content download) was suspended or paused. */
  RESULT_SUSPENDED: EResult.Suspended,
  /** The operation was cancelled (typically by the user, such as a content download). */
  RESULT_CANCELLED: EResult.Cancelled,
  /** The operation was cancelled because the data is ill formed or unrecoverable. */
  RESULT_DATA_CORRUPTION: EResult.DataCorruption,
  /** The operation was cancelled: not enough disk space. */
  RESULT_DISK_FULL: EResult.DiskFull,
  /** A remote call or IPC call failed. */
  RESULT_REMOTE_CALL_FAILED: EResult.RemoteCallFailed,
  /** The password could not be verified because it is unset on the server side. */
  RESULT_PASSWORD_UNSET: EResult.PasswordUnset,
  /** The external account (PSN, Facebook...) is not linked to a Steam account. */
  RESULT_EXTERNAL_ACCOUNT_UNLINKED: EResult.ExternalAccountUnlinked,
  /** The PSN ticket was invalid. */
  RESULT_PSN_TICKET_INVALID: EResult.PSNTicketInvalid,
  /** The external account (PSN, Facebook...) is already linked to another account; the link must be replaced or deleted first. */
  RESULT_EXTERNAL_ACCOUNT_ALREADY_LINKED: EResult.ExternalAccountAlreadyLinked,
  /** The sync cannot resume because of a conflict between the local and remote files. */
  RESULT_REMOTE_FILE_CONFLICT: EResult.RemoteFileConflict,
  /** The requested new password is not legal. */
  RESULT_ILLEGAL_PASSWORD: EResult.IllegalPassword,
  /** The new value is the same as the old one (secret question and answer). */
  RESULT_SAME_AS_PREVIOUS_VALUE: EResult.SameAsPreviousValue,
  /** Account login denied because of a second factor authentication failure. */
  RESULT_ACCOUNT_LOG_ON_DENIED: EResult.AccountLogonDenied,
  /** The requested new password is not legal (an old password cannot be reused). */
  RESULT_CANNOT_USE_OLD_PASSWORD: EResult.CannotUseOldPassword,
  /** Account login denied because the auth code is invalid. */
  RESULT_INVALID_LOGIN_AUTH_CODE: EResult.InvalidLoginAuthCode,
  /** Account login denied because of a second factor authentication failure, and no mail has been sent. */
  RESULT_ACCOUNT_LOG_ON_DENIED_NO_MAIL: EResult.AccountLogonDeniedNoMail,
  /** The hardware is not capable of Intel Identity Protection Technology (IPT). */
  RESULT_HARDWARE_NOT_CAPABLE_OF_IPT: EResult.HardwareNotCapableOfIPT,
  /** Intel Identity Protection Technology (IPT) failed to initialize. */
  RESULT_IPT_INIT_ERROR: EResult.IPTInitError,
  /** The operation failed because of parental control restrictions for the current user. */
  RESULT_PARENTAL_CONTROL_RESTRICTED: EResult.ParentalControlRestricted,
  /** The Facebook query returned an error. */
  RESULT_FACEBOOK_QUERY_ERROR: EResult.FacebookQueryError,
  /** Account login denied because the auth code expired. */
  RESULT_EXPIRED_LOGIN_AUTH_CODE: EResult.ExpiredLoginAuthCode,
  /** The IP login restriction failed. */
  RESULT_IP_LOGIN_RESTRICTION_FAILED: EResult.IPLoginRestrictionFailed,
  /** The account is locked down. */
  RESULT_ACCOUNT_LOCKED_DOWN: EResult.AccountLockedDown,
  /** Account login denied: a verified email address is required. */
  RESULT_ACCOUNT_LOG_ON_DENIED_VERIFIED_EMAIL_REQUIRED: EResult.AccountLogonDeniedVerifiedEmailRequired,
  /** No matching URL. */
  RESULT_NO_MATCHING_URL: EResult.NoMatchingURL,
  /** Bad response: a parse failure, a missing field, or similar. */
  RESULT_BAD_RESPONSE: EResult.BadResponse,
  /** The user cannot complete the action until they re-enter their password. */
  RESULT_REQUIRE_PASSWORD_REENTRY: EResult.RequirePasswordReEntry,
  /** The value entered is outside the acceptable range. */
  RESULT_VALUE_OUT_OF_RANGE: EResult.ValueOutOfRange,
  /** Something happened that was never expected to happen. */
  RESULT_UNEXPECTED_ERROR: EResult.UnexpectedError,
  /** The requested service has been configured to be unavailable. */
  RESULT_DISABLED: EResult.Disabled,
  /** The set of files submitted to the CEG server is not valid. */
  RESULT_INVALID_CEG_SUBMISSION: EResult.InvalidCEGSubmission,
  /** The device being used is not allowed to perform this action. */
  RESULT_RESTRICTED_DEVICE: EResult.RestrictedDevice,
  /** The action could not be completed because it is region restricted. */
  RESULT_REGION_LOCKED: EResult.RegionLocked,
  /** Temporary rate limit exceeded; try again later (unlike a limit exceeded, which may be permanent). */
  RESULT_RATE_LIMIT_EXCEEDED: EResult.RateLimitExceeded,
  /** A two-factor code is needed to log in. */
  RESULT_ACCOUNT_LOGIN_DENIED_NEED_TWO_FACTOR: EResult.AccountLoginDeniedNeedTwoFactor,
  /** The thing being accessed has been deleted. */
  RESULT_ITEM_DELETED: EResult.ItemDeleted,
  /** The login attempt failed; responses are throttled against a possible attacker. */
  RESULT_ACCOUNT_LOGIN_DENIED_THROTTLE: EResult.AccountLoginDeniedThrottle,
  /** The two-factor code does not match. */
  RESULT_TWO_FACTOR_CODE_MISMATCH: EResult.TwoFactorCodeMismatch,
  /** The two-factor activation code does not match. */
  RESULT_TWO_FACTOR_ACTIVATION_CODE_MISMATCH: EResult.TwoFactorActivationCodeMismatch,
  /** The account has been associated with multiple partners. */
  RESULT_ACCOUNT_ASSOCIATED_TO_MULTIPLE_PARTNERS: EResult.AccountAssociatedToMultiplePartners,
  /** The data was not modified. */
  RESULT_NOT_MODIFIED: EResult.NotModified,
  /** The account does not have a mobile device associated with it. */
  RESULT_NO_MOBILE_DEVICE: EResult.NoMobileDevice,
  /** The time presented is out of range or tolerance. */
  RESULT_TIME_NOT_SYNCED: EResult.TimeNotSynced,
  /** The SMS code failed (no match, none pending, or similar). */
  RESULT_SMS_CODE_FAILED: EResult.SmsCodeFailed,
  /** Too many accounts access this resource. */
  RESULT_ACCOUNT_LIMIT_EXCEEDED: EResult.AccountLimitExceeded,
  /** Too many changes to this account. */
  RESULT_ACCOUNT_ACTIVITY_LIMIT_EXCEEDED: EResult.AccountActivityLimitExceeded,
  /** Too many changes to this phone. */
  RESULT_PHONE_ACTIVITY_LIMIT_EXCEEDED: EResult.PhoneActivityLimitExceeded,
  /** Cannot refund to the payment method; the wallet must be used. */
  RESULT_REFUND_TO_WALLET: EResult.RefundToWallet,
  /** Cannot send an email. */
  RESULT_EMAIL_SEND_FAILURE: EResult.EmailSendFailure,
  /** The operation cannot be performed until the payment has settled. */
  RESULT_NOT_SETTLED: EResult.NotSettled,
  /** A valid captcha must be provided. */
  RESULT_NEED_CAPTCHA: EResult.NeedCaptcha,
  /** A game server login token owned by this token's owner has been banned. */
  RESULT_GSLT_DENIED: EResult.GSLTDenied,
  /** The game server owner is denied for another reason (account lock, community ban, VAC ban, missing phone). */
  RESULT_GS_OWNER_DENIED: EResult.GSOwnerDenied,
  /** The type of thing the request asked to act on is invalid. */
  RESULT_INVALID_ITEM_TYPE: EResult.InvalidItemType,
  /** The IP address has been banned from taking this action. */
  RESULT_IP_BANNED: EResult.IPBanned,
  /** This game server login token has expired from disuse; it can be reset for use. */
  RESULT_GSLT_EXPIRED: EResult.GSLTExpired,
  /** The user doesn't have enough wallet funds to complete the action. */
  RESULT_INSUFFICIENT_FUNDS: EResult.InsufficientFunds,
  /** There are too many of this thing pending already. */
  RESULT_TOO_MANY_PENDING: EResult.TooManyPending,
  /** No site licenses were found. */
  RESULT_NO_SITE_LICENSES_FOUND: EResult.NoSiteLicensesFound,
  /** The response could not be sent because it exceeded the maximum network send size. */
  RESULT_WG_NETWORK_SEND_EXCEEDED: EResult.WGNetworkSendExceeded,
  /** The users are not mutually friends. */
  RESULT_ACCOUNT_NOT_FRIENDS: EResult.AccountNotFriends,
  /** The user account is limited. */
  RESULT_LIMITED_USER_ACCOUNT: EResult.LimitedUserAccount,
  /** The item can't be removed. */
  RESULT_CANT_REMOVE_ITEM: EResult.CantRemoveItem,
  /** The account has been deleted. */
  RESULT_ACCOUNT_DELETED: EResult.AccountDeleted,
  /** A license for this already exists, but it was cancelled. */
  RESULT_EXISTING_USER_CANCELLED_LICENSE: EResult.ExistingUserCancelledLicense,
  /** Access is denied because of a community cooldown (probably from a support profile data reset). */
  RESULT_COMMUNITY_COOLDOWN: EResult.CommunityCooldown,
  /** No launcher was specified, but one was needed to choose the correct realm for the operation. */
  RESULT_NO_LAUNCHER_SPECIFIED: EResult.NoLauncherSpecified,
  /** The user must agree to the China SSA or the global SSA before logging in. */
  RESULT_MUST_AGREE_TO_SSA: EResult.MustAgreeToSSA,
  /** The specified launcher type is no longer supported; the user should be directed elsewhere. */
  RESULT_LAUNCHER_MIGRATED: EResult.LauncherMigrated,
  /** The user's realm does not match the realm of the requested resource. */
  RESULT_STEAM_REALM_MISMATCH: EResult.SteamRealmMismatch,
  /** The signature check did not match. */
  RESULT_INVALID_SIGNATURE: EResult.InvalidSignature,
  /** Failed to parse the input. */
  RESULT_PARSE_FAILURE: EResult.ParseFailure,
  /** The account does not have a verified phone number. */
  RESULT_NO_VERIFIED_PHONE: EResult.NoVerifiedPhone,
  /** The user's device doesn't have enough battery charge to complete the action. */
  RESULT_INSUFFICIENT_BATTERY: EResult.InsufficientBattery,
  /** The operation requires a charger to be plugged in, and none was. */
  RESULT_CHARGER_REQUIRED: EResult.ChargerRequired,
  /** The cached credential was invalid; the user must authenticate again. */
  RESULT_CACHED_CREDENTIAL_INVALID: EResult.CachedCredentialInvalid,
  /** The phone number provided is a Voice over IP number. */
  RESULT_PHONE_NUMBER_IS_VOIP: EResult.PhoneNumberIsVOIP,
  /** The data being accessed is not supported by this API. */
  RESULT_NOT_SUPPORTED: EResult.NotSupported,
  /** The maximum size of the family was reached. */
  RESULT_FAMILY_SIZE_LIMIT_EXCEEDED: EResult.FamilySizeLimitExceeded,
} as const;
export type Result = (typeof Result)[keyof typeof Result];

// In a module of its own (the package's largest table), required on the first describeResult.
const descriptions = descriptionTable<Result>(() => (require('./result-descriptions') as typeof import('./result-descriptions')).resultDescriptions);

/** The readable description of one Result value; a value that is not a member gives `unknown Result value <value>`. */
export const describeResult = (value: number): string => describeEnumValue('Result', descriptions, value);
