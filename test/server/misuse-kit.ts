/**
 * Helpers for misuse tests: the server as a JavaScript caller sees it (any argument compiles, so
 * the runtime checks behind the parameter types can be reached), and the error a call throws.
 */
import type { SteamServer } from '../../src/server/steam-server';

/** Every function of SteamServer taking any arguments; other members unchanged. */
export type UntypedServer = {
  readonly [K in keyof SteamServer]: SteamServer[K] extends (...args: never[]) => infer R ? (...args: unknown[]) => R : SteamServer[K];
};

/** `server` with its parameter types erased, as plain JavaScript would call it. */
export const untyped = (server: SteamServer): UntypedServer => server as unknown as UntypedServer;

/**
 * The error `call` throws, which must be an instance of `ErrorClass`; the test fails when the call
 * returns, and any other error is rethrown as it is.
 */
export const thrownBy = <E extends Error>(ErrorClass: abstract new (...args: never[]) => E, call: () => unknown): E => {
  let returned: unknown;
  try {
    returned = call();
  } catch (error) {
    if (error instanceof ErrorClass) return error;
    throw error;
  }
  throw new Error(`expected ${ErrorClass.name} to be thrown; the call returned ${String(returned)}`);
};
