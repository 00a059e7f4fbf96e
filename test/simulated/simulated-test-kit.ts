/**
 * Shared helpers for the simulated-core tests: unwrap sessions, decode callback bytes with the
 * real layouts, and pump processes on the TestScheduler.
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { filter, interval, map, take, type Observable, type SchedulerLike, type Subscription } from 'rxjs';
import type { RawCallback, SteamCore } from '../../native/steam-core';
import { isShortBuffer, readStruct, type RawStruct } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';

export const unwrap = <E, A>(either: Either<E, A>): A => {
  if (isLeft(either)) throw new Error(`expected Right, got Left ${JSON.stringify(either.left)}`);
  return either.right;
};

export const decode = (core: SteamCore, structName: string, bytes: Uint8Array): RawStruct => {
  const raw = readStruct(layoutOf(layoutsFor(core.platform), structName), bytes);
  if (isShortBuffer(raw)) throw new Error(`short ${structName}`);
  return raw;
};

export const callbackIdOf = (core: SteamCore, structName: string): number =>
  layoutOf(layoutsFor(core.platform), structName).callbackId ?? -1;

/** The decoded payloads of one struct kind arriving on a core. */
export const messagesOf = (core: SteamCore, structName: string): Observable<RawStruct> => {
  const id = callbackIdOf(core, structName);
  return core.callbacks$.pipe(
    filter((message: RawCallback) => message.callbackId === id),
    map((message) => decode(core, structName, message.bytes)),
  );
};

/** Runs every core's RunCallbacks every `everyMs` virtual milliseconds (a game frame) for `durationMs`. */
export const pump = (scheduler: SchedulerLike, cores: readonly SteamCore[], durationMs: number, everyMs = 1): Subscription =>
  interval(everyMs, scheduler)
    .pipe(take(Math.floor(durationMs / everyMs)))
    .subscribe(() => {
      for (const core of cores) core.runCallbacks();
    });

/** Collects everything a core emits. */
export const record = (core: SteamCore): RawCallback[] => {
  const seen: RawCallback[] = [];
  core.callbacks$.subscribe((message) => seen.push(message));
  return seen;
};
