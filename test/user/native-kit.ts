/**
 * Shared set-up for the public-API tests over the fake libsteam_api: one live client at a time
 * (Valve's rule, kept by the native core), the fake reset before each, struct bytes encoded with
 * the real layouts, and Either unwrapping that fails the test with the Left's message.
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { Observable, type SchedulerLike } from 'rxjs';
import { loadNativeCore } from '../../native/native-core';
import type { RawCallback, SteamCore } from '../../native/steam-core';
import { writeStruct, type FieldValue } from '../../native/struct-bytes';
import { hostPlatform, layoutOf, layoutsFor } from '../../native/struct-layouts';
import type { SteamClient } from '../../src/client/steam-client';
import { steamInit } from '../../src/init/steam-init';
import { loadFakeSteam, type FakeSteam } from '../fake/fake-steam';

export const fake: FakeSteam = loadFakeSteam();

/** FakeSteam's default pipe handles. */
export const CLIENT_PIPE = 1;
export const SERVER_PIPE = 2;

/** A Steam ID above 2^53: it must cross the FFI as a bigint, never through a double. */
export const BIG_STEAM_ID = 76561198265685624n;
export const OTHER_STEAM_ID = 76561197960287930n;

const layouts = layoutsFor(hostPlatform());

export const encode = (struct: string, members: Readonly<Record<string, FieldValue>>): Uint8Array =>
  writeStruct(layoutOf(layouts, struct), members);

export const callbackIdOf = (struct: string): number => {
  const id = layoutOf(layouts, struct).callbackId;
  if (id === undefined) throw new Error(`${struct} has no callback id`);
  return id;
};

export const sizeOf = (struct: string): number => layoutOf(layouts, struct).size;

/** Queues a callback struct on the client pipe. */
export const queueCallback = (struct: string, members: Readonly<Record<string, FieldValue>>): void =>
  fake.queueCallback(CLIENT_PIPE, callbackIdOf(struct), encode(struct, members));

/** Queues the result of an API call on the client pipe. */
export const queueCallResult = (apiCall: bigint, struct: string, members: Readonly<Record<string, FieldValue>>, ioFailure = false): void =>
  fake.queueCallResult(CLIENT_PIPE, apiCall, callbackIdOf(struct), encode(struct, members), ioFailure);

const describe = (value: unknown): string => JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item));

export const rightOf = <E, A>(value: Either<E, A>): A => {
  if (isLeft(value)) throw new Error(`expected Right, got Left ${describe(value.left)}`);
  return value.right;
};

export const leftOf = <E, A>(value: Either<E, A>): E => {
  if (!isLeft(value)) throw new Error(`expected Left, got Right ${describe(value.right)}`);
  return value.left;
};

let current: SteamClient | undefined;

export interface StartOptions {
  readonly scheduler?: SchedulerLike;
  readonly callResultTimeoutMs?: number;
}

/** Resets the fake and starts the one client of this process through the public entry point. */
export const startClient = (options: StartOptions = {}): SteamClient => {
  current?.shutdown();
  fake.reset();
  const client = rightOf(
    steamInit({
      backend: 'native',
      libraryPath: fake.libraryPath,
      pump: 'manual',
      ...(options.scheduler === undefined ? {} : { scheduler: options.scheduler }),
      ...(options.callResultTimeoutMs === undefined ? {} : { callResultTimeoutMs: options.callResultTimeoutMs }),
    }),
  );
  current = client;
  return client;
};

/** How many subscriptions to the core's callbacks$ are open right now. */
export interface SubscriptionCounter {
  readonly open: () => number;
}

/**
 * The same native core behind a callbacks$ that counts its subscribers, started through the
 * public entry point (backend 'core'): proves that finished or abandoned calls let go of it.
 */
export const startCountedClient = (options: StartOptions = {}): { readonly client: SteamClient; readonly counter: SubscriptionCounter } => {
  current?.shutdown();
  fake.reset();
  const core = rightOf(loadNativeCore({ libraryPath: fake.libraryPath }));
  let open = 0;
  const counted = new Observable<RawCallback>((subscriber) => {
    open += 1;
    const inner = core.callbacks$.subscribe(subscriber);
    return () => {
      open -= 1;
      inner.unsubscribe();
    };
  });
  // Everything else (init, pump, shutdown) is the real core's own.
  const wrapped: SteamCore = Object.create(core, { callbacks$: { value: counted } }) as SteamCore;
  const client = rightOf(
    steamInit({
      backend: 'core',
      core: wrapped,
      pump: 'manual',
      ...(options.scheduler === undefined ? {} : { scheduler: options.scheduler }),
      ...(options.callResultTimeoutMs === undefined ? {} : { callResultTimeoutMs: options.callResultTimeoutMs }),
    }),
  );
  current = client;
  return { client, counter: { open: () => open } };
};

/** For afterEach: the next test starts from a shut-down library. */
export const stopClient = (): void => {
  current?.shutdown();
  current = undefined;
};

/** The ISteamUser pointer every ISteamUser call must pass as `self`. */
export const userSelf = (): bigint => fake.interfacePointer('user');
