/**
 * The lines the authentication tutorial prints, from the SDK's describe* tables (which hold the
 * tutorial's verbose texts), so the example reads like the tutorial it makes runnable.
 */
import {
  BeginAuthSessionResult,
  Result,
  describeAuthSessionResponse,
  describeBeginAuthSessionResult,
  describeResult,
  type AuthTicket,
  type ValidateAuthTicketResponse,
} from '../../src';

/** _get_Auth_Session_Ticket_Response: authTicket$ emits a ticket only for k_EResultOK. */
export const ticketResponseLines = (handle: AuthTicket['id']): readonly string[] => [
  `Auth session result: ${Result.RESULT_OK} (${describeResult(Result.RESULT_OK)})`,
  `Auth session ticket handle: ${handle}`,
];

/** _validate_Auth_Session: the verbose BeginAuthSession result. */
export const beginResultLine = (result: number): string => `Auth verification response: ${describeBeginAuthSessionResult(result)}`;

export const beginOkLine = beginResultLine(BeginAuthSessionResult.BEGIN_AUTH_SESSION_RESULT_OK);

/** _validate_Auth_Ticket_Response: who, the verbose response, and who owns the game. */
export const validationLines = (response: ValidateAuthTicketResponse): readonly string[] => [
  `Ticket Owner: ${response.steamId}`,
  `Auth response: ${describeAuthSessionResponse(response.response)}`,
  `Game owner ID: ${response.ownerSteamId}`,
];
