/**
 * A session's interface pointers are only valid between init and shutdown: calling Valve's
 * library through a stale pointer can crash the process. Every port function checks its
 * session's flag first (a field read) and throws on use after shutdown, which is a programming
 * error in the caller, not an expected failure.
 */
import type { Pipe } from './steam-core';

export interface SessionLiveness {
  alive: boolean;
}

export const newLiveness = (): SessionLiveness => ({ alive: true });

export const sessionEnded = (pipe: Pipe): never => {
  throw new Error(`steamworks-rx: the ${pipe === 'client' ? 'Steam client' : 'game server'} session was shut down; init again to get a live one`);
};
