/**
 * Every error the SDK produces. Each is a `SteamworksError` (an `Error` subclass: a stack,
 * `instanceof Error`, printable) with a `_tag` to narrow on and typed fields. None of them carries
 * ticket bytes or other secrets.
 *
 * The convention: misuse (a call after shutdown, an argument of the wrong type or range from an
 * untyped caller) is thrown at call time; failures a correct program must handle come as the Left
 * of an Either, or of an Observable of Either.
 */
import { SteamworksError } from '../streams/steamworks-error';
import { InvalidArgument } from './init-errors';
import type { AuthSessionResponse } from './enums/auth-session-response';
import type { BeginAuthSessionResult } from './enums/begin-auth-session-result';
import type { Result } from './enums/result';
import type { VoiceResult } from './enums/voice-result';

export { SteamworksError };
// The errors a start raises live in init-errors.ts, so that a start loads no other error class.
export { BackendUnavailable, InitFailed, InvalidArgument } from './init-errors';

/** Thrown: a function was called on a client or server that is shut down (or shutting down). */
export class NotInitialized extends SteamworksError<'NotInitialized'> {
  /** @param what - the value that is not live: 'SteamClient' or 'SteamServer'. */
  constructor(readonly what: string) {
    super('NotInitialized', `${what} is not initialized: it was shut down or never started`);
  }
}



/** Steam answered with a failing EResult. */
export class SteamResultError extends SteamworksError<'SteamResultError'> {
  /** Describes `result` (Valve's text for the EResult). */
  readonly description: string;

  /**
   * @param what - which call or step got the result, for the message.
   * @param result - the EResult Steam answered.
   */
  constructor(
    what: string,
    readonly result: Result,
  ) {
    // Result's module (the enum and its describer) is required with the first such error, not at start.
    const description = (require('./enums/result') as typeof import('./enums/result')).describeResult(result);
    super('SteamResultError', `${what}: ${description}`);
    this.description = description;
  }
}

/** Steam gave no ticket: GetAuthSessionTicket or GetAuthTicketForWebApi returned k_HAuthTicketInvalid. */
export class TicketUnavailable extends SteamworksError<'TicketUnavailable'> {
  /** @param message - the error message. */
  constructor(message: string) {
    super('TicketUnavailable', message);
  }
}

/** BeginAuthSession returned something other than OK. */
export class BeginAuthSessionFailed extends SteamworksError<'BeginAuthSessionFailed'> {
  /**
   * @param result - the EBeginAuthSessionResult BeginAuthSession returned.
   * @param description - Valve's text for `result` (describeBeginAuthSessionResult).
   * @param steamId - the Steam ID the ticket was presented for.
   */
  constructor(
    readonly result: BeginAuthSessionResult,
    readonly description: string,
    readonly steamId: bigint,
  ) {
    super('BeginAuthSessionFailed', `BeginAuthSession for ${steamId} failed: ${description}`);
  }
}

/** A ValidateAuthTicketResponse other than OK for a session: cancelled, VAC banned, logged in elsewhere, … */
export class AuthSessionRejected extends SteamworksError<'AuthSessionRejected'> {
  /**
   * @param response - the EAuthSessionResponse of the ValidateAuthTicketResponse.
   * @param description - Valve's text for `response` (describeAuthSessionResponse).
   */
  constructor(
    readonly response: AuthSessionResponse,
    readonly description: string,
    /** The Steam ID that presented the ticket. */
    readonly steamId: bigint,
    /** The owner of the game: differs from `steamId` under Family Sharing. */
    readonly ownerSteamId: bigint,
  ) {
    super('AuthSessionRejected', `auth session for ${steamId} rejected: ${description}`);
  }
}

/** An EVoiceResult other than OK from a voice call. */
export class VoiceError extends SteamworksError<'VoiceError'> {
  /**
   * @param result - the EVoiceResult the voice call returned.
   * @param description - Valve's text for `result` (describeVoiceResult).
   * @param message - the error message: which call or situation, then `description`.
   */
  constructor(
    readonly result: VoiceResult,
    readonly description: string,
    message: string,
  ) {
    super('VoiceError', message);
  }
}

/** A wait for Steam's answer took longer than allowed. */
export class Timeout extends SteamworksError<'Timeout'> {
  /**
   * @param what - what was waited for, for the message.
   * @param waitedMs - how long.
   */
  constructor(
    what: string,
    readonly waitedMs: number,
  ) {
    super('Timeout', `no ${what} within ${waitedMs} ms`);
  }
}

/** Steam refused or could not perform a call (a false return with no further reason). */
export class CallFailed extends SteamworksError<'CallFailed'> {
  /**
   * @param call - the function that failed.
   * @param why - what that failure means here.
   */
  constructor(
    readonly call: string,
    why: string,
  ) {
    super('CallFailed', `${call} failed: ${why}`);
  }
}

/** @internal Builds a NotInitialized for `what`. */
export const notInitialized = (what: string): NotInitialized => new NotInitialized(what);

/** @internal Builds an InvalidArgument. */
export const invalidArgument = (argument: string, reason: string): InvalidArgument => new InvalidArgument(argument, reason);

/** @internal Steam answered `result`, not OK; `what` says which call or step, for the message. */
export const steamResultError = (what: string, result: number): SteamResultError => new SteamResultError(what, result as Result);

/** @internal No `what` arrived within `waitedMs`. */
export const timedOut = (what: string, waitedMs: number): Timeout => new Timeout(what, waitedMs);

/** @internal A call Steam refused, and why that matters. */
export const callFailed = (call: string, why: string): CallFailed => new CallFailed(call, why);
