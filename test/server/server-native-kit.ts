/**
 * Shared set-up for the public Server API tests over the fake libsteam_api: one live game server
 * at a time (Valve's rule, kept by the native core), the fake reset before each, callbacks queued
 * on the game-server pipe, and the ISteamGameServer pointer every interface call must pass.
 */
import type { SchedulerLike } from 'rxjs';
import type { FieldValue } from '../../native/struct-bytes';
import { ServerMode } from '../../src/enums';
import { serverInit } from '../../src/init/server-init';
import type { SteamServer } from '../../src/server/steam-server';
import { SERVER_PIPE, callbackIdOf, encode, fake, rightOf, stopClient } from '../user/native-kit';

export { BIG_STEAM_ID, CLIENT_PIPE, OTHER_STEAM_ID, SERVER_PIPE, callbackIdOf, encode, fake, leftOf, rightOf, sizeOf } from '../user/native-kit';

export interface ServerStartOptions {
  readonly scheduler?: SchedulerLike;
  readonly callResultTimeoutMs?: number;
}

let current: SteamServer | undefined;

/** The options every native test passes: the fake library, the manual pump. */
export const nativeOptions = (options: ServerStartOptions = {}) => ({
  backend: 'native' as const,
  libraryPath: fake.libraryPath,
  pump: 'manual' as const,
  ...(options.scheduler === undefined ? {} : { scheduler: options.scheduler }),
  ...(options.callResultTimeoutMs === undefined ? {} : { callResultTimeoutMs: options.callResultTimeoutMs }),
});

/** Stops any client or server of an earlier test, then resets the fake (its state is process-wide). */
export const resetFake = (): void => {
  current?.serverShutdown();
  current = undefined;
  stopClient();
  fake.reset();
};

/** Resets the fake and starts the one game server of this process through the public entry point. */
export const startServer = (options: ServerStartOptions = {}): SteamServer => {
  resetFake();
  const server = rightOf(serverInit('', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions(options)));
  current = server;
  return server;
};

/** Remembers a server started by a test itself, so the next test starts clean. */
export const adoptServer = (server: SteamServer): SteamServer => {
  current = server;
  return server;
};

/** For afterEach. */
export const stopServer = (): void => {
  current?.serverShutdown();
  current = undefined;
  stopClient();
};

/** Queues a callback struct on the game-server pipe. */
export const queueServerCallback = (struct: string, members: Readonly<Record<string, FieldValue>>): void =>
  fake.queueCallback(SERVER_PIPE, callbackIdOf(struct), encode(struct, members));

/** Queues the result of an API call on the game-server pipe. */
export const queueServerCallResult = (apiCall: bigint, struct: string, members: Readonly<Record<string, FieldValue>>, ioFailure = false): void =>
  fake.queueCallResult(SERVER_PIPE, apiCall, callbackIdOf(struct), encode(struct, members), ioFailure);

/** The ISteamGameServer pointer every ISteamGameServer call must pass as `self`. */
export const gameServerSelf = (): bigint => fake.interfacePointer('gameServer');
