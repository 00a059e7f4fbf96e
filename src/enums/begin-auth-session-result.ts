import { EBeginAuthSessionResult } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Synchronous result of beginAuthSession. */
export const BeginAuthSessionResult = {
  /** Ticket is valid for this game and this Steam ID. */
  BEGIN_AUTH_SESSION_RESULT_OK: EBeginAuthSessionResult.OK,
  /** The ticket is invalid. */
  BEGIN_AUTH_SESSION_RESULT_INVALID_TICKET: EBeginAuthSessionResult.InvalidTicket,
  /** A ticket has already been submitted for this Steam ID. */
  BEGIN_AUTH_SESSION_RESULT_DUPLICATE_REQUEST: EBeginAuthSessionResult.DuplicateRequest,
  /** Ticket is from an incompatible interface version. */
  BEGIN_AUTH_SESSION_RESULT_INVALID_VERSION: EBeginAuthSessionResult.InvalidVersion,
  /** Ticket is not for this game. */
  BEGIN_AUTH_SESSION_RESULT_GAME_MISMATCH: EBeginAuthSessionResult.GameMismatch,
  /** Ticket has expired. */
  BEGIN_AUTH_SESSION_RESULT_EXPIRED_TICKET: EBeginAuthSessionResult.ExpiredTicket,
} as const;
export type BeginAuthSessionResult = (typeof BeginAuthSessionResult)[keyof typeof BeginAuthSessionResult];

// The authentication tutorial's verbose responses.
const descriptions = descriptionTable<BeginAuthSessionResult>(() => ({
  [BeginAuthSessionResult.BEGIN_AUTH_SESSION_RESULT_OK]: 'Ticket is valid for this game and this Steam ID.',
  [BeginAuthSessionResult.BEGIN_AUTH_SESSION_RESULT_INVALID_TICKET]: 'The ticket is invalid.',
  [BeginAuthSessionResult.BEGIN_AUTH_SESSION_RESULT_DUPLICATE_REQUEST]: 'A ticket has already been submitted for this Steam ID.',
  [BeginAuthSessionResult.BEGIN_AUTH_SESSION_RESULT_INVALID_VERSION]: 'Ticket is from an incompatible interface version.',
  [BeginAuthSessionResult.BEGIN_AUTH_SESSION_RESULT_GAME_MISMATCH]: 'Ticket is not for this game.',
  [BeginAuthSessionResult.BEGIN_AUTH_SESSION_RESULT_EXPIRED_TICKET]: 'Ticket has expired.',
}));

/** The readable description of one BeginAuthSessionResult value; a value that is not a member gives `unknown BeginAuthSessionResult value <value>`. */
export const describeBeginAuthSessionResult = (value: number): string =>
  describeEnumValue('BeginAuthSessionResult', descriptions, value);
