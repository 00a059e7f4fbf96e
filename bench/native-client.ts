/**
 * Starting and stopping the one native client (and game server) of this process over the fake
 * library, through the public entry points, with a manual pump so the benchmark decides when
 * frames run.
 */
import { EServerMode } from '../native/enums';
import type { SteamClient } from '../src/client/steam-client';
import { serverInit } from '../src/init/server-init';
import { steamInit } from '../src/init/steam-init';
import type { SteamServer } from '../src/server/steam-server';
import type { BenchFake } from './fake-library';
import { rightOf } from './right-of';

/** Resets the fake (nothing may be live) and starts a client on it. */
export const startNativeClient = (fake: BenchFake): SteamClient => {
  fake.reset();
  return rightOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, pump: 'manual' }));
};

/** A game server beside the live client, on the same core and pump. */
export const startNativeServer = (fake: BenchFake): SteamServer =>
  rightOf(serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', { backend: 'native', libraryPath: fake.libraryPath, pump: 'manual' }));
