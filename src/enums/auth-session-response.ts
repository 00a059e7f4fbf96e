import { EAuthSessionResponse } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/**
 * Result of validating an auth ticket (validate_auth_ticket_response). Value 10 is in the 1.60 ABI but not
 * in the spec's table; it is named in the spec's style.
 */
export const AuthSessionResponse = {
  /** Steam has verified the user is online, the ticket is valid and ticket has not been reused. */
  AUTH_SESSION_RESPONSE_OK: EAuthSessionResponse.OK,
  /** The user in question is not connected to Steam. */
  AUTH_SESSION_RESPONSE_USER_NOT_CONNECTED_TO_STEAM: EAuthSessionResponse.UserNotConnectedToSteam,
  /** The user doesn't have a license for this App ID or the ticket has expired. */
  AUTH_SESSION_RESPONSE_NO_LICENSE_OR_EXPIRED: EAuthSessionResponse.NoLicenseOrExpired,
  /** The user is VAC banned for this game. */
  AUTH_SESSION_RESPONSE_VAC_BANNED: EAuthSessionResponse.VACBanned,
  /** The user account has logged in elsewhere and the session containing the game instance has been disconnected. */
  AUTH_SESSION_RESPONSE_LOGGED_IN_ELSEWHERE: EAuthSessionResponse.LoggedInElseWhere,
  /** VAC has been unable to perform anti-cheat checks on this user. */
  AUTH_SESSION_RESPONSE_VAC_CHECK_TIMEDOUT: EAuthSessionResponse.VACCheckTimedOut,
  /** The ticket has been canceled by the issuer. */
  AUTH_SESSION_RESPONSE_AUTH_TICKET_CANCELED: EAuthSessionResponse.AuthTicketCanceled,
  /** This ticket has already been used, it is not valid. */
  AUTH_SESSION_RESPONSE_AUTH_TICKET_INVALID_ALREADY_USED: EAuthSessionResponse.AuthTicketInvalidAlreadyUsed,
  /** This ticket is not from a user instance currently connected to steam. */
  AUTH_SESSION_RESPONSE_AUTH_TICKET_INVALID: EAuthSessionResponse.AuthTicketInvalid,
  /** The user is banned for this game. The ban came via the web api and not VAC. */
  AUTH_SESSION_RESPONSE_PUBLISHER_ISSUED_BAN: EAuthSessionResponse.PublisherIssuedBan,
  /** The network identity in the ticket does not match the server authenticating the ticket. */
  AUTH_SESSION_RESPONSE_AUTH_TICKET_NETWORK_IDENTITY_FAILURE: EAuthSessionResponse.AuthTicketNetworkIdentityFailure,
} as const;
export type AuthSessionResponse = (typeof AuthSessionResponse)[keyof typeof AuthSessionResponse];

// Texts 0-9 are the authentication tutorial's verbose responses; 10 follows the SDK header comment.
const descriptions = descriptionTable<AuthSessionResponse>(() => ({
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_OK]: 'Steam has verified the user is online, the ticket is valid and ticket has not been reused.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_USER_NOT_CONNECTED_TO_STEAM]: 'The user in question is not connected to Steam.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_NO_LICENSE_OR_EXPIRED]: "The user doesn't have a license for this App ID or the ticket has expired.",
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_VAC_BANNED]: 'The user is VAC banned for this game.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_LOGGED_IN_ELSEWHERE]:
    'The user account has logged in elsewhere and the session containing the game instance has been disconnected.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_VAC_CHECK_TIMEDOUT]: 'VAC has been unable to perform anti-cheat checks on this user.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_AUTH_TICKET_CANCELED]: 'The ticket has been canceled by the issuer.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_AUTH_TICKET_INVALID_ALREADY_USED]: 'This ticket has already been used, it is not valid.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_AUTH_TICKET_INVALID]: 'This ticket is not from a user instance currently connected to steam.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_PUBLISHER_ISSUED_BAN]: 'The user is banned for this game. The ban came via the web api and not VAC.',
  [AuthSessionResponse.AUTH_SESSION_RESPONSE_AUTH_TICKET_NETWORK_IDENTITY_FAILURE]:
    'The network identity in the ticket does not match the server authenticating the ticket.',
}));

/** The readable description of one AuthSessionResponse value; a value that is not a member gives `unknown AuthSessionResponse value <value>`. */
export const describeAuthSessionResponse = (value: number): string => describeEnumValue('AuthSessionResponse', descriptions, value);
