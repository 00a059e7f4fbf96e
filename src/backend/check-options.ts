/**
 * The options of steamInit and serverInit, checked once at init: each wrong option is a thrown
 * InvalidArgument naming it (`options.pumpIntervalMs`), never a raw TypeError later, a timer that
 * overflows to 1 ms, or a typo that silently means something else.
 */
import type { SchedulerLike } from 'rxjs';
import { InvalidArgument } from '../init-errors';
import { describeValue } from '../validation/describe-value';
import { boolean, cString, integerIn, milliseconds, TIMER_MAX_MS, UINT32_MAX } from '../validation/arguments';
import { optionsObject, readProperty } from '../validation/read-option';
import { steamIdArgument } from '../validation/steam-id-argument';

/** The options once checked: every member has its declared type. */
export interface CheckedOptions {
  readonly backend: 'native' | 'simulated' | 'core';
  readonly libraryPath: string | undefined;
  readonly strictLibrarySearch: boolean;
  readonly appId: number | undefined;
  readonly steam: unknown;
  readonly user: bigint | undefined;
  readonly core: unknown;
  readonly scheduler: SchedulerLike | undefined;
  readonly pump: 'auto' | 'manual' | undefined;
  readonly pumpIntervalMs: number | undefined;
  readonly pumpAwaitIntervalMs: number | undefined;
  readonly callResultTimeoutMs: number | undefined;
}

const option = (object: object | undefined, key: string): unknown => (object === undefined ? undefined : readProperty(`options.${key}`, object, key));

const hasFunctions = (value: unknown, names: readonly string[]): boolean => {
  if (value === null || typeof value !== 'object') return false;
  try {
    return names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
  } catch {
    return false;
  }
};

const oneOf = <A extends string>(key: string, value: unknown, allowed: readonly A[]): A | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as A;
  throw new InvalidArgument(`options.${key}`, `expected ${allowed.map((name) => `'${name}'`).join(' or ')}, got ${typeof value === 'string' ? `'${value.slice(0, 32)}'` : describeValue(value)}`);
};

/** A pump interval: milliseconds above 0 that a timer can hold (a larger one would overflow to 1 ms). */
const pumpInterval = (key: string, value: unknown): number | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && value > 0 && value <= TIMER_MAX_MS) return value;
  throw new InvalidArgument(`options.${key}`, `expected milliseconds above 0 and at most ${TIMER_MAX_MS}, got ${describeValue(value)}`);
};

/** Checks `options` (what the caller passed, of any type). Throws InvalidArgument for the first wrong member. */
export const checkOptions = (options: unknown, role: 'client' | 'server'): CheckedOptions => {
  const object = optionsObject('options', options);
  const backend = oneOf('backend', option(object, 'backend'), ['native', 'simulated', 'core'] as const) ?? 'native';

  const libraryPathValue = option(object, 'libraryPath');
  const libraryPath = libraryPathValue === undefined ? undefined : cString('options.libraryPath', libraryPathValue);
  if (libraryPath === '') throw new InvalidArgument('options.libraryPath', 'is empty');
  const strictValue = option(object, 'strictLibrarySearch');
  const strictLibrarySearch = strictValue === undefined ? false : boolean('options.strictLibrarySearch', strictValue);
  const appIdValue = option(object, 'appId');
  const appId = appIdValue === undefined ? undefined : integerIn('options.appId', appIdValue, 1, UINT32_MAX);

  const steam = option(object, 'steam');
  if (steam !== undefined && !hasFunctions(steam, ['createProcess', 'addUser'])) {
    throw new InvalidArgument('options.steam', `expected a SimulatedSteam from createSimulatedSteam(), got ${describeValue(steam)}`);
  }
  const userValue = option(object, 'user');
  if (userValue !== undefined && role === 'server') throw new InvalidArgument('options.user', 'a game server has no signed-in user');
  const user = userValue === undefined ? undefined : steamIdArgument('options.user', userValue);
  const core = option(object, 'core');
  if (backend === 'core' && !hasFunctions(core, ['initClient', 'initServer', 'runCallbacks'])) {
    throw new InvalidArgument('options.core', `expected a SteamCore, got ${describeValue(core)}`);
  }
  if (backend !== 'simulated' && (steam !== undefined || user !== undefined)) {
    throw new InvalidArgument(steam !== undefined ? 'options.steam' : 'options.user', `is for backend 'simulated', not '${backend}'`);
  }

  const schedulerValue = option(object, 'scheduler');
  if (schedulerValue !== undefined && !hasFunctions(schedulerValue, ['now', 'schedule'])) {
    throw new InvalidArgument('options.scheduler', `expected an rxjs SchedulerLike (now and schedule), got ${describeValue(schedulerValue)}`);
  }
  const pump = oneOf('pump', option(object, 'pump'), ['auto', 'manual'] as const);
  const pumpIntervalMs = pumpInterval('pumpIntervalMs', option(object, 'pumpIntervalMs'));
  const pumpAwaitIntervalMs = pumpInterval('pumpAwaitIntervalMs', option(object, 'pumpAwaitIntervalMs'));
  const timeoutValue = option(object, 'callResultTimeoutMs');
  // Infinity waits for ever, which a game may really want for a call it knows is slow.
  const callResultTimeoutMs = timeoutValue === undefined || timeoutValue === Infinity ? (timeoutValue as number | undefined) : milliseconds('options.callResultTimeoutMs', timeoutValue);

  return {
    backend,
    libraryPath,
    strictLibrarySearch,
    appId,
    steam,
    user,
    core,
    scheduler: schedulerValue as SchedulerLike | undefined,
    pump,
    pumpIntervalMs,
    pumpAwaitIntervalMs,
    callResultTimeoutMs,
  };
};
