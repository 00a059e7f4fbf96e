/**
 * A session's interface pointers are only valid between init and shutdown: calling Valve's
 * library through a stale pointer can crash the process. Every port function checks its
 * session's flag first (a field read) and throws on use after shutdown, which is a programming
 * error in the caller, not an expected failure.
 */
import type { Pipe } from './steam-core';

/** Whether a session's interface pointers may still be called (false from its shutdown on). */
export interface SessionLiveness {
  alive: boolean;
}

/** A live session's flag. */
export const newLiveness = (): SessionLiveness => ({ alive: true });

/** Throws the use-after-shutdown error for a pipe's session. */
export const sessionEnded = (pipe: Pipe): never => {
  throw new Error(`steamworks-rx: the ${pipe === 'client' ? 'Steam client' : 'game server'} session was shut down; init again to get a live one`);
};
