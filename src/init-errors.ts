/**
 * The errors a start raises (see errors.ts for the convention and every other error): a wrong
 * option or argument (InvalidArgument, thrown), Steam's init failing (InitFailed) and a backend
 * that cannot be had (BackendUnavailable), the Lefts of steamInit and serverInit. A module of
 * their own, so that a native start, which must be able to report its own failure, loads these
 * three and no other error class; errors.ts exports them with the rest.
 */
import { SteamworksError } from '../streams/steamworks-error';
import type { SteamAPIInitResult } from './enums/steam-api-init-result';

/** Thrown: an argument failed validation before anything reached Steam. */
export class InvalidArgument extends SteamworksError<'InvalidArgument'> {
  /**
   * @param argument - the parameter's name, as documented (`steamId`, `options.timeoutMs`).
   * @param reason - what was wrong with it.
   */
  constructor(
    readonly argument: string,
    readonly reason: string,
  ) {
    super('InvalidArgument', `invalid argument ${argument}: ${reason}`);
  }
}

/**
 * SteamAPI_InitFlat or SteamGameServer_InitEx failed: ESteamAPIInitResult as `status`, the spec's
 * `verbal` text, Valve's own message, and a `hint` at the usual cause when one is known.
 */
export class InitFailed extends SteamworksError<'InitFailed'> {
  /**
   * @param status - the ESteamAPIInitResult the init returned.
   * @param verbal - the spec's verbal text for `status` (describeSteamAPIInitResult).
   * @param steamMessage - the error message Steam itself wrote (SteamErrMsg).
   * @param hint - the usual cause of this failure, when one is known; otherwise undefined.
   */
  constructor(
    readonly status: SteamAPIInitResult,
    readonly verbal: string,
    readonly steamMessage: string,
    readonly hint: string | undefined,
  ) {
    super('InitFailed', `Steam init failed (${status}, ${verbal}): ${steamMessage}${hint === undefined ? '' : `. Hint: ${hint}`}`);
  }
}

/** The backend cannot be used: the library was not found or is not a Steam library, or backend options are wrong. */
export class BackendUnavailable extends SteamworksError<'BackendUnavailable'> {
  /**
   * @param reason - why, in a sentence.
   * @param tried - every path tried when the library was looked for.
   */
  constructor(
    readonly reason: string,
    readonly tried: readonly string[] = [],
  ) {
    super('BackendUnavailable', `Steam backend unavailable: ${reason}`);
  }
}
