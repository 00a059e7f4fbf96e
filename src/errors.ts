import { describeResult } from './enums/result';

/**
 * Expected failures, as values. Every error is a tagged object with a `message` a person can
 * read; none of them carries ticket bytes or other secrets.
 */

/** A function was called on a client or server that is shut down (or never started). */
export interface NotInitialized {
  readonly _tag: 'NotInitialized';
  readonly message: string;
}

/** An argument failed validation before anything reached Steam. */
export interface InvalidArgument {
  readonly _tag: 'InvalidArgument';
  readonly argument: string;
  readonly reason: string;
  readonly message: string;
}

/** SteamAPI_InitFlat / SteamGameServer_InitEx failed: ESteamAPIInitResult, the spec's verbal text and Valve's message. */
export interface InitFailed {
  readonly _tag: 'InitFailed';
  readonly status: number;
  readonly verbal: string;
  readonly steamMessage: string;
  readonly message: string;
}

/** The backend cannot be used (library not found or not a Steam library, bad backend options). */
export interface BackendUnavailable {
  readonly _tag: 'BackendUnavailable';
  readonly reason: string;
  /** Every path tried when the library was looked for. */
  readonly tried: readonly string[];
  readonly message: string;
}

/** Steam answered with a failing EResult. */
export interface SteamResultError {
  readonly _tag: 'SteamResultError';
  readonly result: number;
  readonly description: string;
  readonly message: string;
}

/** Steam gave no ticket (GetAuthSessionTicket / GetAuthTicketForWebApi returned k_HAuthTicketInvalid). */
export interface TicketUnavailable {
  readonly _tag: 'TicketUnavailable';
  readonly message: string;
}

/** BeginAuthSession returned something other than OK. */
export interface BeginAuthSessionFailed {
  readonly _tag: 'BeginAuthSessionFailed';
  readonly result: number;
  readonly description: string;
  readonly steamId: bigint;
  readonly message: string;
}

/** A ValidateAuthTicketResponse other than OK for a session (cancelled, VAC banned, ...). */
export interface AuthSessionRejected {
  readonly _tag: 'AuthSessionRejected';
  readonly response: number;
  readonly description: string;
  readonly steamId: bigint;
  readonly ownerSteamId: bigint;
  readonly message: string;
}

/** An EVoiceResult other than OK from a voice call. */
export interface VoiceError {
  readonly _tag: 'VoiceError';
  readonly result: number;
  readonly description: string;
  readonly message: string;
}

/** A wait for Steam's answer took longer than allowed. */
export interface Timeout {
  readonly _tag: 'Timeout';
  readonly waitedMs: number;
  readonly message: string;
}

/** Steam refused or could not perform a call (a false return with no further reason). */
export interface CallFailed {
  readonly _tag: 'CallFailed';
  readonly call: string;
  readonly message: string;
}

export const notInitialized = (what: string): NotInitialized => ({
  _tag: 'NotInitialized',
  message: `${what} is not initialized: it was shut down or never started`,
});

export const invalidArgument = (argument: string, reason: string): InvalidArgument => ({
  _tag: 'InvalidArgument',
  argument,
  reason,
  message: `invalid argument ${argument}: ${reason}`,
});

/** Steam answered `result`, not OK; `what` says which call or step, for the message. */
export const steamResultError = (what: string, result: number): SteamResultError => {
  const description = describeResult(result);
  return { _tag: 'SteamResultError', result, description, message: `${what}: ${description}` };
};

/** No `what` arrived within `waitedMs`. */
export const timedOut = (what: string, waitedMs: number): Timeout => ({
  _tag: 'Timeout',
  waitedMs,
  message: `no ${what} within ${waitedMs} ms`,
});

export const callFailed = (call: string, why: string): CallFailed => ({
  _tag: 'CallFailed',
  call,
  message: `${call} failed: ${why}`,
});
