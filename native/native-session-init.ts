/**
 * What the native core's two session inits share (native-core.ts for the client,
 * native-core-server.ts for the game server): the live-session record, the failures an init
 * answers without Steam's word, and ending a session (its releases, then Steam's shutdown call).
 */
import type { LibraryHandle } from 'koffi';
import { left, right, type Either } from 'fp-ts/Either';
import { ESteamAPIInitResult } from './generated/core-enum-ESteamAPIInitResult';
import type { MissingSymbols } from './flat-api';
import type { SessionLiveness } from './native-session-liveness';
import type { InitFailure } from './steam-core';
import { cText } from './c-text';

/** SteamErrMsg is char[k_cchMaxSteamErrMsg]. */
export const errorMessageBytes = 1024;

export interface LiveSession {
  readonly pipeHandle: number;
  readonly liveness: SessionLiveness;
  /** Run before the session's shutdown call, in registration order (native registrations to undo). */
  readonly beforeShutdown: (() => void)[];
}

/** Runs every release, each once; one that throws does not stop the others (the first error is rethrown after). */
const runReleases = (releases: readonly (() => void)[]): void => {
  let failure: { readonly error: unknown } | undefined;
  for (const release of releases) {
    try {
      release();
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure !== undefined) throw failure.error;
};

/**
 * Ends a live session: its releases first, while Steam's pointers are still valid (Steam must
 * forget the debug hook before koffi frees it, say), then the session is dead to its ports and
 * Steam's shutdown call runs, even when a release threw (its error is rethrown after).
 */
export const endSession = (ending: LiveSession, shutdown: () => void): void => {
  try {
    runReleases(ending.beforeShutdown);
  } finally {
    ending.liveness.alive = false;
    shutdown();
  }
};

/** An init call's failure: Valve's message (the C string in `buffer`, cut at its NUL), else one naming the call and code. */
export const initFailure = (code: number, buffer: Uint8Array, call: string): InitFailure => {
  const valveMessage = cText(buffer);
  return { code, message: valveMessage !== '' ? valveMessage : `${call} failed with ESteamAPIInitResult ${code}` };
};

export const alreadyLive = (what: string): InitFailure => ({
  code: ESteamAPIInitResult.FailedGeneric,
  message: `steamworks-rx: ${what} is already initialised in this process; Steam allows one at a time, shut it down first`,
});

export const nullInterface = (accessor: string): InitFailure => ({
  code: ESteamAPIInitResult.FailedGeneric,
  message: `steamworks-rx: ${accessor} returned NULL after a successful init (interface version not served)`,
});

export const unboundSession = (what: string, missing: MissingSymbols | undefined): InitFailure => ({
  code: ESteamAPIInitResult.FailedGeneric,
  message:
    missing === undefined
      ? `steamworks-rx: ${what} functions cannot be bound: this core has no library handle`
      : `steamworks-rx: the Steam library lacks ${what} functions: ${missing.missing.join(', ')}`,
});

/**
 * A session's flat functions, bound by `bind` on the first call and kept: called before the
 * session's init call, so a library that cannot serve it leaves Steam untouched. Left
 * (unboundSession) when the core has no library handle or the library lacks some function.
 */
export const sessionBinding = <Api>(
  what: string,
  library: LibraryHandle | null,
  bind: (library: LibraryHandle) => Either<MissingSymbols, Api>,
): (() => Either<InitFailure, Api>) => {
  let bound: Api | undefined;
  return () => {
    if (bound !== undefined) return right(bound);
    if (library === null) return left(unboundSession(what, undefined));
    const result = bind(library);
    if (result._tag === 'Left') return left(unboundSession(what, result.left));
    bound = result.right;
    return result;
  };
};
